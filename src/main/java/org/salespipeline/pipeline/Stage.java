package org.salespipeline.pipeline;

/** An open stage with its win probability (percent), rot threshold in days, guidance and exit criteria. */
public record Stage(String key, String name, int probability, int rotDays, String guidance, String exitCriteria) {

    // Accepts any numbers and names so that PipelineValidator can report every problem at once.
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
