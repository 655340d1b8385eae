package org.salespipeline.configuration;

import java.util.Objects;
import org.salespipeline.checklist.ChecklistTemplates;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.StatusMapping;
import org.salespipeline.qualification.QualificationPolicy;

/**
 * Everything an admin sets up for one project's pipeline, with the calendar its periods follow (time zone and
 * fiscal-year start month).
 */
public record PipelineConfig(Pipeline pipeline, StatusMapping mapping, QualificationPolicy policy,
        ChecklistTemplates checklists, FiscalCalendar calendar) {

    /** A set-up with the default calendar (UTC, fiscal year from January). */
    public PipelineConfig(Pipeline pipeline, StatusMapping mapping, QualificationPolicy policy,
            ChecklistTemplates checklists) {
        this(pipeline, mapping, policy, checklists, FiscalCalendar.DEFAULT);
    }

    public PipelineConfig {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(checklists, "checklists");
        Objects.requireNonNull(calendar, "calendar");
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

    /** The same set-up following another calendar. */
    public PipelineConfig withCalendar(FiscalCalendar other) {
        return new PipelineConfig(pipeline, mapping, policy, checklists, other);
    }

    public String projectKey() {
        return pipeline.projectKey();
    }

    /** The same set-up with other stage names and numbers (the stage keys stay those the rest refers to). */
    public PipelineConfig withPipeline(Pipeline edited) {
        return new PipelineConfig(edited, mapping, policy, checklists);
    }
}
