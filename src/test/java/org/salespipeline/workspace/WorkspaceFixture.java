package org.salespipeline.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.EntityManager;
import org.salespipeline.demo.EntityManagerSqlReader;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.DemoDatabase;
import org.salespipeline.demo.EntityManagerActiveObjects;
import org.salespipeline.demo.PluginDescriptor;
import org.salespipeline.feed.IssueSnapshot;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.StatusChange;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.qualification.BantAnswer;
import org.salespipeline.qualification.BantCriterion;
import org.salespipeline.store.AoBantNotes;
import org.salespipeline.store.AoChecklistStore;
import org.salespipeline.store.AoPipelineDirectory;
import org.salespipeline.store.AoStageLog;

/**
 * A deal workspace over the real Active Objects store (an HSQLDB file database) with ACME on the seven-stage
 * template, Jira's issues in a map, and a Jira that refuses any Timeline answer (as if that field were missing).
 */
public final class WorkspaceFixture implements AutoCloseable {

    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    public static final Instant NOW = T0.plusSeconds(40 * 86_400L);

    private final EntityManager entityManager;
    public final AoStageLog stageLog;
    public final Map<String, DealIssue> issues = new HashMap<>();
    public final Map<String, Map<BantCriterion, BantAnswer>> written = new HashMap<>();
    /** The current names of reason options by id, as Jira would answer them. */
    public final Map<Long, String> optionNames = new HashMap<>();
    public final DealWorkspace workspace;
    public final AoPipelineDirectory pipelines;
    /** The language the workspace answers in: English unless a test chooses another bundle. */
    public org.salespipeline.text.Texts texts = org.salespipeline.text.BundleTexts.ENGLISH;
    /** Why Jira cannot list transitions now; null while it can. */
    public org.salespipeline.text.Message transitionsUnavailable;

    public WorkspaceFixture(Path directory) {
        entityManager = DemoDatabase.hsqldbFile(directory);
        DemoDatabase.migrate(entityManager, PluginDescriptor.load().aoEntities());
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        pipelines = new AoPipelineDirectory(ao);
        stageLog = new AoStageLog(ao, pipelines, new EntityManagerSqlReader(entityManager));
        pipelines.save(PipelineConfig.fromTemplate(PipelineTemplate.byId("seven-stage"), "ACME", "Acme sales", "USD"));
        DealIssues jira = new DealIssues() {
            @Override
            public Optional<DealIssue> find(String issueKey) {
                return Optional.ofNullable(issues.get(issueKey));
            }

            @Override
            public List<org.salespipeline.text.Message> writeBant(String issueKey, Map<BantCriterion, BantAnswer> answers) {
                if (answers.containsKey(BantCriterion.TIMELINE)) {
                    return List.of(org.salespipeline.text.Message.of("sales-pipeline.error.bant-field", "Timeline"));
                }
                written.computeIfAbsent(issueKey, key -> new EnumMap<>(BantCriterion.class)).putAll(answers);
                return List.of();
            }

            @Override
            public String reasonName(String recordedReason) {
                return org.salespipeline.history.Reasons.optionId(recordedReason)
                        .map(id -> optionNames.getOrDefault(id, org.salespipeline.history.Reasons.recordedName(recordedReason)))
                        .orElse(recordedReason);
            }
        };
        // Every transition of the workflow the app generates for the pipeline, as Jira would offer them.
        DealTransitions transitions = issueKey -> {
            if (transitionsUnavailable != null) {
                throw new TransitionsUnavailableException(transitionsUnavailable, null);
            }
            com.opensymphony.workflow.loader.WorkflowDescriptor workflow = org.salespipeline.demo.DemoWorkflow
                    .generated(pipelines.find("ACME").orElseThrow());
            List<com.opensymphony.workflow.loader.ActionDescriptor> actions = new java.util.ArrayList<>();
            workflow.getGlobalActions().forEach(a -> actions.add((com.opensymphony.workflow.loader.ActionDescriptor) a));
            return org.salespipeline.jira.workflow.WorkflowTransitions.of(workflow, actions, issues.get(issueKey).statusId(),
                    id -> id);
        };
        workspace = new DealWorkspace(pipelines, stageLog, new AoChecklistStore(ao, new EntityManagerSqlReader(entityManager)),
                jira, new AoBantNotes(ao), transitions, Clock.fixed(NOW, ZoneOffset.UTC),
                message -> texts.text(message));
    }

    /** Adds ACME-{id} as a Deal issue in the status, and logs its changes. */
    public void deal(long id, String status, Double amount, List<LoggedChange> changes) {
        String key = "ACME-" + id;
        DealFacts facts = new DealFacts(id, key, "Deal " + id, T0, amount, "ann", null);
        issues.put(key, new DealIssue(new IssueSnapshot(facts, "ACME", true, status, null, null), "Ann", null));
        stageLog.replace("ACME", facts, changes);
    }

    /** Changes at the given day offsets from T0: day, status, day, status… */
    public static List<LoggedChange> moves(Object... dayAndStatus) {
        List<LoggedChange> changes = new java.util.ArrayList<>();
        for (int i = 0; i < dayAndStatus.length; i += 2) {
            int day = (Integer) dayAndStatus[i];
            changes.add(LoggedChange.ofInstant(0, i / 2, new StatusChange(T0.plusSeconds(day * 86_400L), (String) dayAndStatus[i + 1])));
        }
        return changes;
    }

    @Override
    public void close() {
        DemoDatabase.close(entityManager);
    }
}
