package org.salespipeline.demo.data;

import java.util.List;
import java.util.Objects;

import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.pipeline.PipelineTemplate;

/**
 * One project's pipeline in a history file: a template with its default status names, so that a status id in the
 * file is the status name.
 */
public record PipelineSpec(String project, String name, String template, String currency) {

    public PipelineSpec {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(currency, "currency");
    }

    /** The template's stages, default status mapping, standard BANT policy and shipped checklists for the project. */
    public PipelineConfig config() {
        return PipelineConfig.fromTemplate(pipelineTemplate(), project, name, currency);
    }

    /** The status names a deal of this pipeline may move into. */
    public List<String> statusNames() {
        return pipelineTemplate().statusNames();
    }

    private PipelineTemplate pipelineTemplate() {
        return PipelineTemplate.byId(template);
    }
}
