package org.salespipeline.demo.data;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.salespipeline.pipeline.PipelineTemplate;

/** Reads and checks one pipeline object of a history file. */
final class PipelineParser {

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<String> FIELDS = Set.of("project", "name", "template", "currency");

    private PipelineParser() {
    }

    /** The pipeline, or null after recording its problems. */
    static PipelineSpec parse(JsonValue value, List<HistoryFileProblem> problems) {
        if (!value.isObject()) {
            problems.add(new HistoryFileProblem(value.line(), null, "a pipeline must be an object, not " + value.kind()));
            return null;
        }
        int before = problems.size();
        String declared = declaredProject(value);
        ObjectFields fields = new ObjectFields(value, declared == null ? null : "pipeline " + declared, problems);
        fields.rejectUnknown(FIELDS);
        String projectKey = fields.text("project", true);
        if (projectKey != null && !PROJECT_KEY.matcher(projectKey).matches()) {
            fields.problem(fields.lineOf("project"), "project \"" + projectKey + "\" is not a project key such as ACME");
        }
        String name = fields.text("name", true);
        String template = fields.text("template", true);
        if (template != null && !templateIds().contains(template)) {
            fields.problem(fields.lineOf("template"), "template \"" + template + "\" is not one of " + templateIds());
        }
        String currency = fields.text("currency", true);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            fields.problem(fields.lineOf("currency"), "currency \"" + currency + "\" is not a code such as USD");
        }
        return problems.size() > before ? null : new PipelineSpec(projectKey, name, template, currency);
    }

    /** The project a pipeline object names, whether or not the pipeline is valid; null when it names none. */
    static String declaredProject(JsonValue value) {
        JsonValue project = value.isObject() ? value.fields().get("project") : null;
        return project != null && project.value() instanceof String text ? text : null;
    }

    private static List<String> templateIds() {
        return Arrays.stream(PipelineTemplate.values()).map(PipelineTemplate::id).collect(Collectors.toList());
    }
}
