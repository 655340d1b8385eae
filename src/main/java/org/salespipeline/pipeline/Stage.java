package org.salespipeline.pipeline;

/**
 * An open stage of a pipeline with its win probability (percent), rot threshold in days, guidance and exit criteria.
 *
 * <p>The record accepts any values so that {@link PipelineValidator} can report every problem at once.
 */
public record Stage(String key, String name, int probability, int rotDays, String guidance, String exitCriteria) {

    public Stage {
        guidance = guidance == null ? "" : guidance;
        exitCriteria = exitCriteria == null ? "" : exitCriteria;
    }

    /** A stage without guidance or exit criteria. */
    public static Stage of(String key, String name, int probability, int rotDays) {
        return new Stage(key, name, probability, rotDays, "", "");
    }

    public Stage withName(String newName) {
        return new Stage(key, newName, probability, rotDays, guidance, exitCriteria);
    }

    public Stage withNumbers(int newProbability, int newRotDays) {
        return new Stage(key, name, newProbability, newRotDays, guidance, exitCriteria);
    }
}
