package org.salespipeline.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.salespipeline.pipeline.InvalidPipelineException;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.StageRules;

/**
 * An admin's request to provision a project's pipeline from a template, with an optional name and currency, and
 * whether it may replace the project's pipeline where the run would change it.
 */
public record ProvisioningRequest(String template, String name, String currency, Boolean replace) {

    public ProvisioningRequest(String template, String name, String currency) {
        this(template, name, currency, null);
    }

    public boolean replacing() {
        return Boolean.TRUE.equals(replace);
    }

    /** The template, name (default "KEY sales") and currency (default USD) to use; every problem at once otherwise. */
    public Valid validate(String projectKey) {
        List<Problem> problems = new ArrayList<>();
        PipelineTemplate chosen = null;
        if (template == null || template.isBlank()) {
            problems.add(Problem.of("template", "sales-pipeline.problem.template-choose", PipelineTemplate.ids()));
        } else {
            try {
                chosen = PipelineTemplate.byId(template);
            } catch (IllegalArgumentException unknown) {
                problems.add(Problem.of("template", "sales-pipeline.problem.template-unknown", template, PipelineTemplate.ids()));
            }
        }
        if (name != null) {
            StageRules.checkName("name", StageRules.PIPELINE_NAME, name).ifPresent(problems::add);
        }
        if (currency != null && !currency.matches("[A-Za-z]{3}")) {
            problems.add(Problem.of("currency", "sales-pipeline.problem.currency-letters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPipelineException(problems);
        }
        return new Valid(chosen, name == null ? Pipeline.defaultName(projectKey) : name.strip(),
                currency == null ? Pipeline.DEFAULT_CURRENCY : currency.toUpperCase(Locale.ROOT));
    }

    /** A checked request. */
    public record Valid(PipelineTemplate template, String name, String currency) {
    }
}
