package org.salespipeline.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.provisioning.ReasonFields.ReasonField;
import org.salespipeline.provisioning.ReasonFields.ReasonField.State;

/** What the reason fields are for one project's deals: their options there, shared or not, and whether they can hold reasons. */
class ReasonFieldsTest {

    private final InMemoryJira jira = new InMemoryJira();
    private final ReasonFields reasons = new ReasonFields(jira::parts);

    @Test
    @DisplayName("a select list with a context for the project answers that context's options, and whether it is shared")
    void selectListsAnswerTheirOptions() {
        jira.createIssueType(PipelineProvisioning.DEAL_TYPE, "Deals");
        String lost = jira.givenField(new FieldSpec(DealFieldSpecs.LOST_REASON, FieldKind.SELECT, List.of()), null);
        List.of("Price", "Timing").forEach(option -> jira.givenOption(lost, option));
        String disqualified = jira.givenField(
                new FieldSpec(DealFieldSpecs.DISQUALIFICATION_REASON, FieldKind.SELECT, List.of()), "ACME");
        jira.givenOption(disqualified, "No budget");

        List<ReasonField> fields = reasons.of("ACME");

        assertThat(fields).extracting(ReasonField::name, ReasonField::state, ReasonField::options, ReasonField::sharedContext)
                .containsExactly(tuple(DealFieldSpecs.LOST_REASON, State.SELECT_LIST, List.of("Price", "Timing"), true),
                        tuple(DealFieldSpecs.DISQUALIFICATION_REASON, State.SELECT_LIST, List.of("No budget"), false));
        assertThat(fields.get(0).defaultOptions()).isEqualTo(DealFieldSpecs.LOST_REASONS);
        assertThat(fields.get(1).defaultOptions()).isEqualTo(DealFieldSpecs.DISQUALIFICATION_REASONS);
        assertThat(fields.get(0).adminPage()).isEqualTo("/secure/admin/ConfigureCustomField!default.jspa?customFieldId="
                + lost.substring("customfield_".length()));
        assertThat(reasons.of("GLOBEX").get(1).state()).as("another project's context").isEqualTo(State.NOT_IN_PROJECT);
    }

    @Test
    @DisplayName("a text field named as a reason field holds no reasons: reported so, and by the system check as unsupported")
    void textFieldsAreUnsupported() {
        jira.createIssueType(PipelineProvisioning.DEAL_TYPE, "Deals");
        jira.givenTextField("lost reason");

        assertThat(reasons.of("ACME")).extracting(ReasonField::state).containsExactly(State.NOT_A_SELECT_LIST, State.MISSING);
        assertThat(ReasonFields.unsupported(jira)).containsExactly(DealFieldSpecs.LOST_REASON);
    }

    @Test
    @DisplayName("where Jira's parts cannot be built, the fields are unknown rather than an error")
    void unavailableJiraIsUnknown() {
        ReasonFields unreachable = new ReasonFields(() -> {
            throw new NoClassDefFoundError("com/atlassian/jira/issue/CustomFieldManager");
        });

        assertThat(unreachable.of("ACME")).extracting(ReasonField::state).containsOnly(State.UNKNOWN);
    }
}
