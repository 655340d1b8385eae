package org.salespipeline.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StatusMapping;

/**
 * What provisioning would change in a project that has a pipeline already: the set-up it would save against the one
 * saved, and the workflow scheme the project would get. Nothing, when running again would give the same result.
 */
final class ProvisioningPlan {

    private ProvisioningPlan() {
    }

    /** Each change, by the request or set-up field it concerns; empty when the run would only reuse. */
    static List<Problem> changes(JiraParts jira, String projectKey, PipelineConfig planned, PipelineConfig saved,
            String workflowName) {
        List<Problem> changes = new ArrayList<>();
        if (!planned.pipeline().name().equals(saved.pipeline().name())) {
            changes.add(Problem.of("name", "sales-pipeline.confirm.rename", saved.pipeline().name(),
                    planned.pipeline().name()));
        }
        if (!planned.pipeline().currency().equals(saved.pipeline().currency())) {
            changes.add(Problem.of("currency", "sales-pipeline.confirm.currency", saved.pipeline().currency(),
                    planned.pipeline().currency()));
        }
        List<Stage> before = saved.pipeline().stages();
        List<Stage> after = planned.pipeline().stages();
        if (!keys(before).equals(keys(after))) {
            changes.add(Problem.of("template", "sales-pipeline.confirm.stages", names(before), names(after)));
        } else if (!before.equals(after)) {
            changes.add(Problem.of("template", "sales-pipeline.confirm.stage-details"));
        }
        if (!planned.policy().equals(saved.policy()) || !planned.checklists().all().equals(saved.checklists().all())) {
            changes.add(Problem.of("template", "sales-pipeline.confirm.policy"));
        }
        StatusMapping mapping = mappingByIds(jira, projectKey, planned.mapping());
        if (!mapping.equals(saved.mapping())) {
            changes.add(Problem.of("template", "sales-pipeline.confirm.mapping",
                    String.join(", ", planned.mapping().lines().stream().map(MappedStatus::statusId).toList())));
        }
        String scheme = PipelineProvisioning.workflowSchemeName(workflowName);
        Optional<String> current = jira.workflows().projectWorkflowScheme(projectKey);
        Optional<String> wanted = jira.workflows().findWorkflowScheme(scheme);
        if (wanted.isEmpty() || !Objects.equals(current, wanted)) {
            changes.add(Problem.of("template", "sales-pipeline.confirm.workflow", projectKey, workflowName,
                    scheme));
        }
        return changes;
    }

    /** The template's mapping over the statuses Jira has, by id; a status Jira lacks keeps its name. */
    private static StatusMapping mappingByIds(JiraParts jira, String projectKey, StatusMapping byName) {
        return new StatusMapping(byName.lines().stream().map(line -> new MappedStatus(
                jira.statuses().findStatus(projectKey, line.statusId()).orElse(line.statusId()), line.target())).toList());
    }

    private static List<String> keys(List<Stage> stages) {
        return stages.stream().map(Stage::key).toList();
    }

    private static String names(List<Stage> stages) {
        return String.join(", ", stages.stream().map(Stage::name).toList());
    }
}
