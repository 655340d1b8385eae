package org.salespipeline.provisioning;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.salespipeline.configuration.ConfirmationNeededException;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineSettings;
import org.salespipeline.history.RebuildRunner;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.StatusMapping;
import org.salespipeline.text.Message;

/**
 * Provisions a project's pipeline from a template: creates or reuses (matched by name, never duplicated)
 * the statuses, the Deal issue type in the project's scheme, the sales workflow and its scheme, the deal
 * fields with their contexts and options, and their places on the project's screens; then saves the set-up
 * and starts the history rebuild. When any step fails, everything the run created is removed again in
 * reverse order, nothing is saved, and the admin gets the workflow XML to import by hand. When this Jira does
 * not offer apps a service some step needs, no run starts: the answer names what is missing, at once.
 */
public class PipelineProvisioning {

    /** The type of issue a deal is, as the app reads it. */
    public static final String DEAL_TYPE = "Deal";
    static final String LOCK_NAME = "org.salespipeline.sales-pipeline.provisioning";

    private final Supplier<JiraParts> jira;
    private final WorkflowWriter writer;
    private final PipelineSettings settings;
    private final RebuildRunner rebuilds;
    private final Function<String, Lock> clusterLocks;

    public PipelineProvisioning(JiraParts jira, WorkflowWriter writer, PipelineSettings settings, RebuildRunner rebuilds,
            Function<String, Lock> clusterLocks) {
        this(() -> jira, writer, settings, rebuilds, clusterLocks);
    }

    /**
     * With Jira's parts built when first needed: where they cannot be built (a class or service this Jira
     * does not offer apps), provisioning answers that it is unavailable and the rest of the app runs on.
     */
    public PipelineProvisioning(Supplier<JiraParts> jira, WorkflowWriter writer, PipelineSettings settings,
            RebuildRunner rebuilds, Function<String, Lock> clusterLocks) {
        this.jira = jira;
        this.writer = writer;
        this.settings = settings;
        this.rebuilds = rebuilds;
        this.clusterLocks = clusterLocks;
    }

    /** The sales workflow's name for a pipeline name. */
    public static String workflowName(String pipelineName) {
        return pipelineName + " workflow";
    }

    /** The name of the workflow scheme that runs deals through the sales workflow. */
    public static String workflowSchemeName(String workflowName) {
        return workflowName + " scheme";
    }

    /**
     * Runs the provisioning, one run at a time across the cluster (statuses and fields are shared by all projects). On
     * a project with a pipeline, a run that would change it waits for {@code "replace": true}
     * ({@link ConfirmationNeededException}); one that would give the same result reuses every part.
     */
    public ProvisioningOutcome provision(String projectKey, ProvisioningRequest request) {
        ProvisioningRequest.Valid valid = request.validate(projectKey);
        PipelineConfig template = PipelineConfig.fromTemplate(valid.template(), projectKey, valid.name(), valid.currency());
        String workflowName = workflowName(valid.name());
        JiraParts parts;
        List<String> missing;
        try {
            parts = jira.get();
            missing = parts.unavailable();
        } catch (RuntimeException | LinkageError failure) {
            return unavailable(projectKey, request, valid, List.of(failure.getMessage() == null ? failure.toString() : failure.getMessage()),
                    workflowName);
        }
        if (!missing.isEmpty()) {
            return unavailable(projectKey, request, valid, missing, workflowName);
        }
        Lock lock = clusterLocks.apply(LOCK_NAME);
        lock.lock();
        try {
            Optional<PipelineConfig> saved = settings.find(projectKey);
            if (saved.isPresent() && !request.replacing()) {
                List<Problem> changes = ProvisioningPlan.changes(parts, projectKey, template, saved.get(), workflowName);
                if (!changes.isEmpty()) {
                    throw new ConfirmationNeededException(changes, List.of("replace"));
                }
            }
            ProvisioningRun run = new ProvisioningRun();
            try {
                new ProvisioningSteps(parts, writer, run, projectKey).provision(template, workflowName, settings::save);
            } catch (Exception | LinkageError failure) {
                return failed(projectKey, valid, run, failure, template, workflowName);
            }
            return new ProvisioningOutcome(projectKey, valid.template().id(), true, null, null, run.steps(), workflowName,
                    null, startRebuild(projectKey), List.of());
        } finally {
            lock.unlock();
        }
    }

    /** The workflow XML to import by hand, over the statuses Jira has (by id) or will need (by name). */
    public HandOver handOver(String projectKey, ProvisioningRequest request) {
        ProvisioningRequest.Valid valid = request.validate(projectKey);
        PipelineConfig template = PipelineConfig.fromTemplate(valid.template(), projectKey, valid.name(), valid.currency());
        String workflowName = workflowName(valid.name());
        return new HandOver(workflowName, handOverXml(projectKey, template, workflowName));
    }

    private ProvisioningOutcome failed(String projectKey, ProvisioningRequest.Valid valid, ProvisioningRun run,
            Throwable failure, PipelineConfig template, String workflowName) {
        String step = run.currentKind();
        List<StepReport> undone = run.undo();
        boolean leftovers = undone.stream().anyMatch(report -> StepReport.UNDO_FAILED.equals(report.action()));
        Message message = Message.of(leftovers ? "sales-pipeline.provisioning.failed.leftovers"
                : "sales-pipeline.provisioning.failed", step, describe(failure), importSteps(projectKey, workflowName));
        String xml;
        try {
            xml = handOverXml(projectKey, template, workflowName);
        } catch (RuntimeException | LinkageError unwritable) {
            xml = null;
            message = Message.of("sales-pipeline.provisioning.failed.no-xml", message, describe(unwritable));
        }
        return new ProvisioningOutcome(projectKey, valid.template().id(), false, step, message, undone, workflowName,
                xml, false, List.of());
    }

    /** No run: this Jira does not offer apps what provisioning needs; the answer names it and where to get the XML. */
    private ProvisioningOutcome unavailable(String projectKey, ProvisioningRequest request, ProvisioningRequest.Valid valid,
            List<String> missing, String workflowName) {
        String download = "/rest/sales-pipeline/1.0/pipelines/" + projectKey + "/setup/workflow.xml?template="
                + valid.template().id() + (request.name() == null ? "" : "&name=" + URLEncoder.encode(valid.name(), StandardCharsets.UTF_8));
        Message message = Message.of("sales-pipeline.provisioning.unavailable", String.join(", ", missing), download,
                importSteps(projectKey, workflowName));
        // No XML in the answer: writing it is the slow part, and the answer comes at once.
        return new ProvisioningOutcome(projectKey, valid.template().id(), false, null, message, List.of(), workflowName,
                null, false, missing);
    }

    /** How to finish by hand once the workflow XML is at hand. */
    private static Message importSteps(String projectKey, String workflowName) {
        return Message.of("sales-pipeline.provisioning.import", workflowName, projectKey);
    }

    /** The failure as Jira reported it; a missing class or method as Jira not offering apps what the step needs. */
    private static Message describe(Throwable failure) {
        String detail = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return failure instanceof LinkageError ? Message.of("sales-pipeline.provisioning.step-unoffered", detail)
                : Message.of("sales-pipeline.host.failed", detail);
    }

    private String handOverXml(String projectKey, PipelineConfig template, String workflowName) {
        List<WorkflowWriter.WorkflowStep> steps = new ArrayList<>();
        List<MappedStatus> mapped = new ArrayList<>();
        for (MappedStatus line : template.mapping().lines()) {
            String id = existingStatus(projectKey, line.statusId()).orElse(line.statusId());
            steps.add(new WorkflowWriter.WorkflowStep(id, line.statusId(), line.target()));
            mapped.add(new MappedStatus(id, line.target()));
        }
        PipelineConfig config = new PipelineConfig(template.pipeline(), new StatusMapping(mapped), template.policy(),
                template.checklists());
        return writer.write(workflowName, steps, config);
    }

    private Optional<String> existingStatus(String projectKey, String name) {
        try {
            return jira.get().statuses().findStatus(projectKey, name);
        } catch (RuntimeException | LinkageError unavailable) {
            return Optional.empty();
        }
    }

    private boolean startRebuild(String projectKey) {
        try {
            rebuilds.start(projectKey);
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    /** The workflow to import by hand: its name and XML. */
    public record HandOver(String workflowName, String workflowXml) {
    }
}
