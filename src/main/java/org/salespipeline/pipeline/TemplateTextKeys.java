package org.salespipeline.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The message keys of a standard stage's shipped name, guidance and exit criteria, for a stage that still has that
 * text: adapters show the key's text in the user's language, and what an admin renamed or rewrote as it was written.
 */
public final class TemplateTextKeys {

    static final String PREFIX = "sales-pipeline.template.stage.";
    private static final Map<String, Stage> STANDARD = PipelineTemplate.SEVEN_STAGE.stages().stream()
            .collect(Collectors.toUnmodifiableMap(Stage::key, stage -> stage));

    private TemplateTextKeys() {
    }

    public static Optional<String> name(Stage stage) {
        return key(stage, Stage::name, "name");
    }

    public static Optional<String> guidance(Stage stage) {
        return key(stage, Stage::guidance, "guidance");
    }

    public static Optional<String> exitCriteria(Stage stage) {
        return key(stage, Stage::exitCriteria, "exit-criteria");
    }

    private static Optional<String> key(Stage stage, Function<Stage, String> text, String part) {
        return Optional.ofNullable(STANDARD.get(stage.key()))
                .filter(standard -> text.apply(standard).equals(text.apply(stage)))
                .map(standard -> PREFIX + standard.key() + "." + part);
    }
}
