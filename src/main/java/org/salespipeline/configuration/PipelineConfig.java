package org.salespipeline.configuration;

import java.util.Objects;
import org.salespipeline.checklist.ChecklistTemplates;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.StatusMapping;
import org.salespipeline.qualification.QualificationPolicy;

/** Everything an admin sets up for one project's pipeline. */
public record PipelineConfig(Pipeline pipeline, StatusMapping mapping, QualificationPolicy policy,
        ChecklistTemplates checklists) {

    public PipelineConfig {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(checklists, "checklists");
        policy.gate().ifPresent(gate -> {
            if (pipeline.stage(gate).isEmpty()) {
                throw new IllegalArgumentException("The qualification gate " + gate + " is not a stage of the pipeline");
            }
        });
    }

    /** A template's stages with its default status mapping, the standard BANT policy and the shipped checklists. */
    public static PipelineConfig fromTemplate(PipelineTemplate template, String projectKey, String name, String currency) {
        return new PipelineConfig(template.pipeline(projectKey, name, currency), template.defaultMapping(),
                QualificationPolicy.standard(), ChecklistTemplates.defaults());
    }

    public String projectKey() {
        return pipeline.projectKey();
    }

    /** The same set-up with other stage names and numbers (the stage keys stay those the rest refers to). */
    public PipelineConfig withPipeline(Pipeline edited) {
        return new PipelineConfig(edited, mapping, policy, checklists);
    }
}
