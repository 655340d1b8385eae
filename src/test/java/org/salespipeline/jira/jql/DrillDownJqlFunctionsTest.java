package org.salespipeline.jira.jql;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.operand.FunctionOperand;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.DemoData;
import org.salespipeline.demo.DemoI18n;
import org.salespipeline.demo.DemoJira;
import org.salespipeline.demo.EntityManagerActiveObjects;
import org.salespipeline.demo.EntityManagerSqlReader;
import org.salespipeline.demo.PluginDescriptor;
import org.salespipeline.drilldown.DrillDown;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.ReasonNames;
import org.salespipeline.history.StatusChange;
import org.salespipeline.jira.JiraLookups;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.store.AoPipelineDirectory;
import org.salespipeline.store.AoStageLog;
import org.salespipeline.store.SqlDealSets;
import org.salespipeline.store.StoreContract;
import org.salespipeline.store.db.HsqlMvcc;

/**
 * The six drill-down JQL functions over the real store (HSQLDB) and the demo's Jira users: the deals each answers,
 * the messages its validation gives, what a searcher who may not browse a project learns, and the cap.
 */
@Jdbc(HsqlMvcc.class)
public class DrillDownJqlFunctionsTest extends StoreContract {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    private static final DemoJira JIRA = new DemoJira(DemoData.generate(T0, 10, 5));

    private AoPipelineDirectory pipelines;
    private EntityManagerSqlReader sql;
    private PermissionManager access;
    private JiraLookups lookups;
    private DemoI18n i18n;

    @Before
    @SuppressWarnings("unchecked")
    public void storeWithDeals() throws SQLException, IOException {
        List<Class<? extends RawEntity<?>>> entities = PluginDescriptor.load().aoEntities();
        entityManager.migrate(entities.toArray(new Class[0]));
        for (Class<? extends RawEntity<?>> entity : entities) {
            entityManager.deleteWithSQL((Class) entity, "ID > ?", 0);
        }
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        pipelines = new AoPipelineDirectory(ao);
        sql = new EntityManagerSqlReader(entityManager);
        pipelines.save(PipelineConfig.fromTemplate(PipelineTemplate.byId("seven-stage"), "ACME", "ACME sales", "USD"));
        pipelines.save(PipelineConfig.fromTemplate(PipelineTemplate.byId("five-stage"), "GLOBEX", "GLOBEX sales", "EUR"));
        AoStageLog log = new AoStageLog(ao, pipelines, sql);
        // In Proposal since Jan 8 (stalled), its close date passed.
        deal(log, 1, "ACME", T0, LocalDate.of(2026, 2, 15), change(0, "Prospecting"), change(3, "Proposal"));
        // In Proposal since Feb 14, expected to close in March.
        deal(log, 2, "ACME", T0, LocalDate.of(2026, 3, 20), change(0, "Prospecting"), change(40, "Proposal"));
        deal(log, 3, "ACME", T0, LocalDate.of(2026, 1, 30), change(0, "Qualification"), lost(10, "Price"));
        deal(log, 4, "ACME", T0, null, change(0, "Prospecting"), change(20, "Closed Won"));
        // In Needs Assessment since Feb 4 (stalled: 21 rot days).
        deal(log, 5, "ACME", T0, null, change(0, "Prospecting"), change(30, "Needs Assessment"));
        deal(log, 6, "ACME", T0.plusSeconds(30 * 86_400L), null, change(30, "Prospecting"), change(35, "Disqualified"));
        // A deal Jira does not know (or the searcher may not browse): never answered.
        deal(log, 99_999, "ACME", T0, null, change(0, "Proposal"));
        deal(log, 100_001, "GLOBEX", T0, null, change(0, "Proposal"));
        access = JIRA.permissionManager();
        lookups = new JiraLookups(JIRA.projectManager(), JIRA.issueManager());
        Properties messages = new Properties();
        try (Reader bundle = Files.newBufferedReader(Path.of("i18n", "sales-pipeline.properties"))) {
            messages.load(bundle);
        }
        i18n = new DemoI18n(messages);
    }

    @Test
    @NonTransactional
    public void pipelineStageAnswersTheOpenDealsOfAStageByKeyOrByNameInAnyCase() {
        assertThat(values(stage(), admin(), "ACME", "PROPOSAL")).containsExactly(1L, 2L);
        assertThat(values(stage(), admin(), "acme", "needs assessment")).containsExactly(5L);
        assertThat(values(stage(), admin(), "ACME", "nEeDs_AsSeSsMeNt")).containsExactly(5L);
        assertThat(values(stage(), admin(), "ACME", "Prospecting", "2026-01-06")).containsExactly(1L, 2L, 4L, 5L);
        assertThat(values(stage(), admin(), "ACME", "Prospecting", "2026-01-06T10:00:00+02:00")).containsExactly(1L, 2L, 4L, 5L);
        assertThat(errors(stage(), admin(), "ACME", "PROPOSAL", "2026-01-06T10:00:00+02:00")).isEmpty();
        assertThat(stage().getDataType()).isSameAs(JiraDataTypes.ISSUE);
        assertThat(stage().getMinimumNumberOfExpectedArguments()).isEqualTo(2);
    }

    @Test
    @NonTransactional
    public void pipelineStalledAnswersTheDealsPastTheirStagesRotDays() {
        assertThat(values(new PipelineStalledFunction(drillDown(), access, lookups, i18n), admin(), "ACME"))
                .containsExactly(1L, 5L);
        assertThat(values(new PipelineStalledFunction(drillDown(), access, lookups, i18n), admin(), "ACME",
                "2026-01-20T00:00:00Z")).containsExactly(2L, 4L, 5L);
    }

    @Test
    @NonTransactional
    public void pipelineCohortAnswersTheFunnelsBars() {
        PipelineCohortFunction cohort = new PipelineCohortFunction(drillDown(), access, lookups, i18n);
        assertThat(values(cohort, admin(), "ACME", "2026-01-01", "2026-02-01")).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(values(cohort, admin(), "ACME", "2026-01-01", "2026-02-01", "PROPOSAL")).containsExactly(1L, 2L, 4L);
        assertThat(values(cohort, admin(), "ACME", "2026-01-01", "2026-02-01", "Needs Assessment"))
                .containsExactly(1L, 2L, 4L, 5L);
        assertThat(values(cohort, admin(), "ACME", "2026-01-01T00:00:00+02:00", "2026-04-01T00:00:00+03:00", "won"))
                .containsExactly(4L);
    }

    @Test
    @NonTransactional
    public void pipelineOutcomeAnswersTheDealsOfAnOutcomeAndReason() {
        PipelineOutcomeFunction outcome = new PipelineOutcomeFunction(drillDown(), access, lookups, i18n);
        assertThat(values(outcome, admin(), "ACME", "LOST", "2026-01-01", "2026-03-01")).containsExactly(3L);
        assertThat(values(outcome, admin(), "ACME", "lost", "2026-01-01", "2026-03-01", "Price")).containsExactly(3L);
        assertThat(values(outcome, admin(), "ACME", "LOST", "2026-01-01", "2026-03-01", "Timing")).isEmpty();
        assertThat(values(outcome, admin(), "ACME", "DISQUALIFIED", "2026-01-01", "2026-03-01", "")).containsExactly(6L);
        assertThat(values(outcome, admin(), "ACME", "WON", "2026-01-01", "2026-03-01")).containsExactly(4L);
        assertThat(values(outcome, admin(), "ACME", "WON", "2026-02-01", "2026-03-01")).isEmpty();
    }

    @Test
    @NonTransactional
    public void pipelineForecastAndPipelineSlippedAnswerTheForecastsDeals() {
        PipelineForecastFunction forecast = new PipelineForecastFunction(drillDown(), access, lookups, i18n);
        assertThat(values(forecast, admin(), "ACME", "2026-03")).containsExactly(2L);
        assertThat(values(forecast, admin(), "ACME", "2026-03", "2026-03-15", "2026-06-13")).containsExactly(2L);
        assertThat(values(forecast, admin(), "ACME", "2026-03", "2026-03-01", "2026-03-15")).isEmpty();
        assertThat(values(new PipelineSlippedFunction(drillDown(), access, lookups, i18n), admin(), "ACME"))
                .containsExactly(1L);
    }

    @Test
    @NonTransactional
    public void badArgumentsAreRefusedWithTheBundlesMessages() {
        assertThat(errors(stage(), admin(), "ACME", "Nowhere")).containsExactly("pipelineStage: Nowhere is not a stage"
                + " of the pipeline of ACME. Name a stage by its key or its name: PROSPECTING, QUALIFICATION,"
                + " INITIAL_CONTACT, NEEDS_ASSESSMENT, PROPOSAL, NEGOTIATION, CLOSING.");
        PipelineCohortFunction cohort = new PipelineCohortFunction(drillDown(), access, lookups, i18n);
        assertThat(errors(cohort, admin(), "ACME", "2026-13-01", "yesterday")).containsExactly(
                "pipelineCohort: 2026-13-01 is not an instant. Write an ISO-8601 instant with its offset, such as"
                        + " 2026-01-01T00:00:00+02:00, or a date, such as 2026-01-01, for midnight UTC.",
                "pipelineCohort: yesterday is not an instant. Write an ISO-8601 instant with its offset, such as"
                        + " 2026-01-01T00:00:00+02:00, or a date, such as 2026-01-01, for midnight UTC.");
        assertThat(errors(cohort, admin(), "ACME", "2026-02-01", "2026-01-01"))
                .containsExactly("pipelineCohort: 2026-02-01 must come before 2026-01-01.");
        assertThat(errors(cohort, admin(), "ACME", "2026-01-01", "2026-02-01", "LOST")).hasSize(1)
                .allMatch(message -> message.endsWith("NEGOTIATION, CLOSING, WON."));
        assertThat(errors(new PipelineOutcomeFunction(drillDown(), access, lookups, i18n), admin(), "ACME", "LATER",
                "2026-01-01", "2026-03-01")).containsExactly("pipelineOutcome: LATER is not an outcome. Use WON, LOST or DISQUALIFIED.");
        PipelineForecastFunction forecast = new PipelineForecastFunction(drillDown(), access, lookups, i18n);
        assertThat(errors(forecast, admin(), "ACME", "March")).containsExactly("pipelineForecast: March is not a month. Write it as 2026-03.");
        assertThat(errors(forecast, admin(), "ACME", "2026-03", "2026-04-01", "2026-05-01"))
                .containsExactly("pipelineForecast: the month 2026-03 lies outside the close dates from 2026-04-01 to 2026-05-01.");
        assertThat(errors(new PipelineSlippedFunction(drillDown(), access, lookups, i18n), admin(), "ACME", "2026-03"))
                .containsExactly("pipelineSlipped takes a project only: pipelineSlipped(\"ACME\").");
        assertThat(values(stage(), admin(), "ACME", "Nowhere")).isEmpty();
    }

    @Test
    @NonTransactional
    public void aProjectTheSearcherMayNotBrowseGetsTheMessageOfOneThatDoesNotExist() {
        List<String> hidden = errors(stage(), rep(), "GLOBEX", "Nowhere");
        List<String> missing = errors(stage(), rep(), "NOWHERE", "Nowhere");
        assertThat(hidden).containsExactly("pipelineStage: there is no sales pipeline for project GLOBEX that you may browse.");
        assertThat(hidden.get(0).replace("GLOBEX", "X")).isEqualTo(missing.get(0).replace("NOWHERE", "X"));
        assertThat(values(stage(), rep(), "GLOBEX", "PROPOSAL")).isEmpty();
        assertThat(values(stage(), admin(), "GLOBEX", "PROPOSAL")).containsExactly(100_001L);
        assertThat(errors(stage(), admin(), "GLOBEX", "PROPOSAL")).isEmpty();
    }

    @Test
    @NonTransactional
    public void aSavedQueryShownToWhoMayNotBrowseItsProjectNamesTheProjectById() {
        FunctionOperand query = new FunctionOperand("pipelineStage", List.of("GLOBEX", "PROPOSAL"));
        String globexId = String.valueOf(JIRA.projectManager().getProjectByCurrentKey("GLOBEX").getId());

        FunctionOperand sanitised = stage().sanitiseOperand(rep(), query);
        assertThat(sanitised.getName()).isEqualTo("pipelineStage");
        assertThat(sanitised.getArgs()).containsExactly(globexId, "PROPOSAL");
        assertThat(stage().sanitiseOperand(admin(), query)).isSameAs(query);
        assertThat(stage().sanitiseOperand(rep(), new FunctionOperand("pipelineStage", List.of("ACME", "PROPOSAL")))
                .getArgs()).containsExactly("ACME", "PROPOSAL");
        // The sanitised query still runs for whoever may browse the project, and tells the others nothing more.
        assertThat(values(stage(), admin(), globexId, "PROPOSAL")).containsExactly(100_001L);
        assertThat(errors(stage(), rep(), globexId, "PROPOSAL"))
                .containsExactly("pipelineStage: there is no sales pipeline for project " + globexId + " that you may browse.");
    }

    @Test
    @NonTransactional
    public void aSelectionBeyondTheCapIsRefusedWithAClearMessage() {
        DrillDown capped = new DrillDown(pipelines, new SqlDealSets(sql, ReasonNames.AS_RECORDED), NOW, 4);
        PipelineCohortFunction cohort = new PipelineCohortFunction(capped, access, lookups, i18n);
        assertThat(errors(cohort, admin(), "ACME", "2026-01-01", "2026-02-01")).containsExactly("pipelineCohort selects"
                + " more than 4 deals, the most one function answers. Narrow it down: a shorter window, or one stage.");
        assertThat(values(cohort, admin(), "ACME", "2026-01-01", "2026-02-01")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(errors(cohort, admin(), "ACME", "2026-01-01", "2026-02-01", "PROPOSAL")).isEmpty();
        assertThat(DrillDown.CAP).isEqualTo(10_000);
    }

    private PipelineStageFunction stage() {
        return new PipelineStageFunction(drillDown(), access, lookups, i18n);
    }

    private DrillDown drillDown() {
        return new DrillDown(pipelines, new SqlDealSets(sql, ReasonNames.AS_RECORDED), NOW);
    }

    private static ApplicationUser admin() {
        return JIRA.authenticate("admin", "admin");
    }

    private static ApplicationUser rep() {
        return JIRA.authenticate("rep", "rep");
    }

    private static List<Long> values(PipelineJqlFunction function, ApplicationUser searcher, String... arguments) {
        FunctionOperand operand = new FunctionOperand("f", List.of(arguments));
        return function.getValues(searching(searcher), operand, null).stream().map(QueryLiteral::getLongValue).toList();
    }

    private static List<String> errors(PipelineJqlFunction function, ApplicationUser searcher, String... arguments) {
        Set<String> messages = function.validate(searcher, new FunctionOperand("f", List.of(arguments)), null)
                .getErrorMessages();
        return List.copyOf(messages);
    }

    private static QueryCreationContext searching(ApplicationUser searcher) {
        return new QueryCreationContext() {
            @Override
            public ApplicationUser getApplicationUser() {
                return searcher;
            }

            @Override
            public boolean isSecurityOverriden() {
                return false;
            }
        };
    }

    private static void deal(AoStageLog log, long issueId, String project, Instant created, LocalDate close,
            StatusChange... changes) {
        String key = project + "-" + (issueId > 100_000 ? issueId - 100_000 : issueId);
        DealFacts facts = new DealFacts(issueId, key, "Deal " + key, created, 1000.0, "ann", close);
        for (int i = 0; i < changes.length; i++) {
            log.record(project, facts, LoggedChange.ofChangeGroup(issueId * 100 + i, changes[i]));
        }
    }

    private static StatusChange change(long days, String status) {
        return new StatusChange(T0.plusSeconds(days * 86_400), status);
    }

    private static StatusChange lost(long days, String reason) {
        return new StatusChange(T0.plusSeconds(days * 86_400), "Closed Lost", reason);
    }
}
