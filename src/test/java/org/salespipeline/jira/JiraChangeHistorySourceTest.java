package org.salespipeline.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.SourceUnavailableException;
import org.salespipeline.history.StatusChange;
import org.salespipeline.jira.provisioning.Recording;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.text.EnglishTexts;

/**
 * The change-history reader over Jira's ChangeHistoryManager: the status changes it reads, in which order, and the
 * reason each outcome entry keeps — the reason field's value at the entry, from that field's own change history.
 */
class JiraChangeHistorySourceTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
    private static final PipelineConfig ACME = PipelineConfig.fromTemplate(PipelineTemplate.SEVEN_STAGE, "ACME", "Sales", "EUR");

    private final Recording jira = new Recording();
    private final Project acme = Recording.value(Project.class, Map.of("getKey", "ACME", "getId", 10000L));
    private final Map<Long, MutableIssue> issues = new LinkedHashMap<>();
    private final Map<String, List<ChangeItemBean>> items = new HashMap<>();

    @Test
    @DisplayName("the creation status is the first change's 'from', then each change's 'to' at its change group's instant")
    void statusesInOrder() {
        issue(7, "Deal", "Proposal", Map.of());
        status(day(1), "Prospecting", "Qualification");
        status(day(4), "Qualification", "Proposal");

        assertThat(moves(all(source()))).containsExactly(
                new StatusChange(CREATED, "Prospecting"), new StatusChange(day(1), "Qualification"),
                new StatusChange(day(4), "Proposal"));
        assertThat(jira.calls).containsExactly("ProjectManager.getProjectByCurrentKey(ACME)",
                "IssueManager.getIssueIdsForProject(10000)", "IssueManager.getIssueObject(7)",
                "ChangeHistoryManager.getChangeItemsForField(ACME-7, status)",
                "ChangeHistoryManager.getChangeItemsForField(ACME-7, " + DealFields.AMOUNT + ")",
                "ChangeHistoryManager.getChangeItemsForField(ACME-7, " + DealFields.CLOSE_DATE + ")");
    }

    @Test
    @DisplayName("amount and close-date changes are read by the fields' names, raw value first; what cannot be read is left out and counted")
    void fieldChanges() {
        issue(7, "Deal", "Proposal", Map.of());
        status(day(1), "Prospecting", "Proposal");
        reason(DealFields.AMOUNT, day(2), null, "10000", null, "12500.50");
        reason(DealFields.AMOUNT, day(3), null, "12500.50", null, "12.500,75");
        reason(DealFields.CLOSE_DATE, day(2), null, null, "2026-03-31 00:00:00.0", "31/Mar/26");
        reason(DealFields.CLOSE_DATE, day(5), "2026-03-31", "31/Mar/26", "2026-04-30", "30/Apr/26");
        JiraChangeHistorySource source = source();

        List<DealChanges> deals = all(source);

        assertThat(deals).singleElement().satisfies(deal -> assertThat(deal.fieldChanges())
                .extracting(org.salespipeline.history.LoggedFieldChange::change).containsExactly(
                        org.salespipeline.history.FieldChange.amount(day(2), 10_000.0, 12_500.5),
                        org.salespipeline.history.FieldChange.closeDate(day(2), null, java.time.LocalDate.parse("2026-03-31")),
                        org.salespipeline.history.FieldChange.closeDate(day(5), java.time.LocalDate.parse("2026-03-31"),
                                java.time.LocalDate.parse("2026-04-30"))));
        assertThat(source.unreadFieldValues()).as("the decimal comma").isEqualTo(1);
        assertThat(source.fieldChanges("ACME", 7)).as("the feed reads them with the same keys")
                .isEqualTo(deals.get(0).fieldChanges());
    }

    @Test
    @DisplayName("a deal whose status never changed has its current status as its only one; other issue types are no deals")
    void dealsOnlyAfterTheGivenId() {
        issue(3, "Task", "Prospecting", Map.of());
        issue(5, "Deal", "Qualification", Map.of());
        issue(9, "Deal", "Prospecting", Map.of());
        JiraChangeHistorySource source = source();

        assertThat(source.count("ACME")).isEqualTo(2);
        List<Long> read = new ArrayList<>();
        source.deals("ACME", 5, deal -> read.add(deal.facts().issueId()));
        assertThat(read).containsExactly(9L);
        List<DealChanges> first = new ArrayList<>();
        source.deals("ACME", 0, deal -> !first.add(deal));
        assertThat(first).singleElement().satisfies(deal -> assertThat(deal.changes())
                .extracting(change -> change.change().statusId()).containsExactly("Qualification"));
        assertThat(source.count("NOPE")).isZero();
    }

    @Test
    @DisplayName("a reason set on the transition's screen, in the status change's own change group, is the entry's reason, by option id")
    void reasonInTheSameChangeGroup() {
        issue(7, "Deal", "Closed Lost", Map.of(DealFields.LOST_REASON, option(10301, "Price")));
        status(day(2), "Prospecting", "Closed Lost");
        reason(DealFields.LOST_REASON, day(2), null, null, "10301", "Price");

        assertThat(moves(all(source()))).last().isEqualTo(new StatusChange(day(2), "Closed Lost", "option:10301:Price"));
        assertThat(jira.calls).contains("ChangeHistoryManager.getChangeItemsForField(ACME-7, Lost reason)");
    }

    @Test
    @DisplayName("a reason set in an earlier change group counts; a change after the entry does not")
    void reasonFromAnEarlierChangeGroup() {
        issue(7, "Deal", "Closed Lost", Map.of(DealFields.LOST_REASON, option(10304, "Timing")));
        reason(DealFields.LOST_REASON, day(1), null, null, "10301", "Price");
        status(day(2), "Prospecting", "Closed Lost");
        reason(DealFields.LOST_REASON, day(5), "10301", "Price", "10304", "Timing");

        assertThat(moves(all(source()))).last().isEqualTo(new StatusChange(day(2), "Closed Lost", "option:10301:Price"));
    }

    @Test
    @DisplayName("a reason changed only after the entry was, at the entry, what its first change changed it from")
    void reasonChangedOnlyLater() {
        issue(7, "Deal", "Disqualified", Map.of(DealFields.DISQUALIFICATION_REASON, option(10402, "No real need")));
        status(day(2), "Prospecting", "Disqualified");
        reason(DealFields.DISQUALIFICATION_REASON, day(3), "10401", "No budget", "10402", "No real need");

        assertThat(moves(all(source()))).last()
                .isEqualTo(new StatusChange(day(2), "Disqualified", "option:10401:No budget"));
    }

    @Test
    @DisplayName("a reason field that never changed holds at the entry the value it holds now; an open stage records no reason")
    void reasonThatNeverChanged() {
        issue(7, "Deal", "Closed Lost", Map.of(DealFields.LOST_REASON, option(10302, "Chose a competitor")));
        status(day(1), "Prospecting", "Proposal");
        status(day(2), "Proposal", "Closed Lost");

        assertThat(moves(all(source()))).containsExactly(new StatusChange(CREATED, "Prospecting"),
                new StatusChange(day(1), "Proposal"), new StatusChange(day(2), "Closed Lost", "option:10302:Chose a competitor"));
    }

    @Test
    @DisplayName("a deal lost for Price, reopened and lost again for Timing keeps both reasons, each at its own entry")
    void twoLossesTwoReasons() {
        issue(7, "Deal", "Closed Lost", Map.of(DealFields.LOST_REASON, option(10304, "Timing")));
        status(day(2), "Proposal", "Closed Lost");
        reason(DealFields.LOST_REASON, day(2), null, null, "10301", "Price");
        status(day(9), "Closed Lost", "Negotiation");
        status(day(20), "Negotiation", "Closed Lost");
        reason(DealFields.LOST_REASON, day(20), "10301", "Price", "10304", "Timing");

        assertThat(moves(all(source()))).extracting(StatusChange::reason)
                .containsExactly(null, "option:10301:Price", null, "option:10304:Timing");
        assertThat(jira.calls).filteredOn(call -> call.contains("Lost reason")).hasSize(1);
    }

    @Test
    @DisplayName("a reason held as text, or a select list without option ids, is kept as its text")
    void reasonAsText() {
        issue(7, "Deal", "Closed Lost", Map.of(DealFields.LOST_REASON, "Budget cut"));
        status(day(2), "Proposal", "Closed Lost");
        reason(DealFields.LOST_REASON, day(2), null, null, null, "Budget cut");

        assertThat(moves(all(source()))).last().isEqualTo(new StatusChange(day(2), "Closed Lost", "Budget cut"));
    }

    @Test
    @DisplayName("a method this Jira lacks reaches the rebuild as the LinkageError it is, which names it for the admin")
    void missingMethodIsNamed() {
        issue(7, "Deal", "Proposal", Map.of());
        JiraChangeHistorySource source = source();
        jira.answer("ChangeHistoryManager.getChangeItemsForField", args -> {
            throw new NoSuchMethodError("'java.util.List com.atlassian.jira.issue.changehistory.ChangeHistoryManager"
                    + ".getChangeItemsForField(com.atlassian.jira.issue.Issue, java.lang.String)'");
        });

        assertThatThrownBy(() -> source.deals("ACME", 0, deal -> true))
                .isInstanceOf(NoSuchMethodError.class)
                .satisfies(failure -> assertThat(EnglishTexts.INSTANCE.text(HostService.describe(failure)))
                        .contains("ChangeHistoryManager.getChangeItemsForField"));
    }

    @Test
    @DisplayName("without Jira's ChangeHistoryManager the history is unavailable at once, naming what is missing")
    void missingService() {
        JiraChangeHistorySource source = source(null);
        OnDemandChangeHistory onDemand = new OnDemandChangeHistory(() -> source);

        assertThat(source.unavailable()).containsExactly(ChangeHistoryManager.class.getName());
        assertThatThrownBy(() -> onDemand.count("ACME")).isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("this Jira does not offer apps " + ChangeHistoryManager.class.getName());
        assertThat(jira.calls).isEmpty();
    }

    private JiraChangeHistorySource source() {
        jira.answer("ChangeHistoryManager.getChangeItemsForField",
                args -> items.getOrDefault((String) args[1], List.of()));
        return source(jira.fake(ChangeHistoryManager.class));
    }

    private JiraChangeHistorySource source(ChangeHistoryManager changeHistory) {
        jira.answer("ProjectManager.getProjectByCurrentKey", args -> "ACME".equals(args[0]) ? acme : null)
                .answer("IssueManager.getIssueIdsForProject", args -> List.copyOf(issues.keySet()))
                .answer("IssueManager.getIssueObject", args -> issues.get((Long) args[0]));
        IssueManager issueManager = jira.fake(IssueManager.class);
        JiraDeals deals = new JiraDeals(new DealFields(fields()));
        return new JiraChangeHistorySource(new JiraLookups(jira.fake(ProjectManager.class), issueManager), issueManager,
                changeHistory, deals, pipelines());
    }

    /** Every deal delivered, read to its end. */
    private static List<DealChanges> all(JiraChangeHistorySource source) {
        List<DealChanges> deals = new ArrayList<>();
        source.deals("ACME", 0, deals::add);
        return deals;
    }

    private static List<StatusChange> moves(List<DealChanges> deals) {
        assertThat(deals).hasSize(1);
        return deals.get(0).changes().stream().map(change -> change.change()).toList();
    }

    private void status(Instant at, String from, String to) {
        items.computeIfAbsent(JiraChangeHistorySource.STATUS_FIELD, field -> new ArrayList<>())
                .add(new ChangeItemBean("jira", "status", from, from, to, to, Timestamp.from(at)));
    }

    private void reason(String field, Instant at, String from, String fromName, String to, String toName) {
        items.computeIfAbsent(field, name -> new ArrayList<>())
                .add(new ChangeItemBean("custom", field, from, fromName, to, toName, Timestamp.from(at)));
    }

    private void issue(long id, String type, String status, Map<String, Object> fields) {
        Map<String, Object> getters = Map.of("getId", id, "getKey", "ACME-" + id, "getSummary", "Deal " + id,
                "getCreated", Timestamp.from(CREATED), "getProjectObject", acme,
                "getIssueType", Recording.value(IssueType.class, Map.of("getName", type)),
                "getStatus", Recording.value(Status.class, Map.of("getId", status, "getName", status)));
        issues.put(id, (MutableIssue) Proxy.newProxyInstance(MutableIssue.class.getClassLoader(), new Class<?>[] {MutableIssue.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "ACME-" + id;
                    case "getCustomFieldValue" -> fields.get(((CustomField) args[0]).getFieldName());
                    default -> getters.get(method.getName());
                }));
    }

    /** Jira's custom fields by name: each name is one field. */
    private static CustomFieldManager fields() {
        return (CustomFieldManager) Proxy.newProxyInstance(CustomFieldManager.class.getClassLoader(),
                new Class<?>[] {CustomFieldManager.class}, (proxy, method, args) -> method.getName().equals("getCustomFieldObjectsByName")
                        ? List.of(Recording.value(CustomField.class, Map.of("getFieldName", args[0], "getId", args[0])))
                        : null);
    }

    private static Option option(long id, String name) {
        return Recording.value(Option.class, Map.of("getOptionId", id, "getValue", name));
    }

    private static PipelineDirectory pipelines() {
        return new PipelineDirectory() {
            @Override
            public Optional<PipelineConfig> find(String projectKey) {
                return "ACME".equals(projectKey) ? Optional.of(ACME) : Optional.empty();
            }

            @Override
            public List<PipelineConfig> all() {
                return List.of(ACME);
            }

            @Override
            public void save(PipelineConfig config) {
                throw new UnsupportedOperationException("the reader never saves a set-up");
            }

            @Override
            public void delete(String projectKey) {
                throw new UnsupportedOperationException("the reader never deletes a set-up");
            }
        };
    }

    private static Instant day(int n) {
        return CREATED.plusSeconds(86_400L * n);
    }
}
