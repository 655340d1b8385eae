package org.salespipeline.pipeline;

import java.util.Optional;
import org.salespipeline.text.Message;
import org.salespipeline.text.Texts;

/**
 * A stage's name, guidance and exit criteria as a user reads them: the shipped text of a standard stage in the user's
 * language while the stage still has it, and what an admin renamed or rewrote as it was written. The admin's edit
 * form shows the stored text, never these.
 */
public final class StageTexts {

    private StageTexts() {
    }

    public static String name(Stage stage, Texts texts) {
        return inWords(TemplateTextKeys.name(stage), stage.name(), texts);
    }

    public static String guidance(Stage stage, Texts texts) {
        return inWords(TemplateTextKeys.guidance(stage), stage.guidance(), texts);
    }

    public static String exitCriteria(Stage stage, Texts texts) {
        return inWords(TemplateTextKeys.exitCriteria(stage), stage.exitCriteria(), texts);
    }

    /** The pipeline with each stage named as the user reads it, for showing only: never saved, never computed on. */
    public static Pipeline named(Pipeline pipeline, Texts texts) {
        return new Pipeline(pipeline.projectKey(), pipeline.name(), pipeline.currency(),
                pipeline.stages().stream().map(stage -> stage.withName(name(stage, texts))).toList());
    }

    private static String inWords(Optional<String> key, String stored, Texts texts) {
        return key.map(shipped -> texts.text(Message.of(shipped))).orElse(stored);
    }
}
