package org.salespipeline.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.salespipeline.text.Message;

/** The always-valid sales pipeline of one Jira project: its name, currency and ordered open stages. */
public record Pipeline(String projectKey, String name, String currency, List<Stage> stages) {

    /** The currency of a pipeline set up without one. */
    public static final String DEFAULT_CURRENCY = "USD";

    /** Throws {@link InvalidPipelineException} listing every problem; every edit goes through here too. */
    public Pipeline {
        List<Problem> problems = PipelineValidator.validate(projectKey, name, currency, stages);
        if (!problems.isEmpty()) {
            throw new InvalidPipelineException(problems);
        }
        stages = List.copyOf(stages);
    }

    /** The name of a pipeline set up without one: "KEY sales". */
    public static String defaultName(String projectKey) {
        return projectKey + " sales";
    }

    /** Number of open stages, n; a won deal's position is n + 1. */
    public int size() {
        return stages.size();
    }

    public int wonPosition() {
        return stages.size() + 1;
    }

    public Optional<Stage> stage(String key) {
        return stages.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The 1-based position of the stage with the given key, empty when the pipeline has no such stage. */
    public OptionalInt positionOf(String key) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).key().equals(key)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    public Pipeline withName(String newName) {
        return new Pipeline(projectKey, newName, currency, stages);
    }

    /** Inserts a stage so that it ends up at the given 0-based index. */
    public Pipeline addStage(int index, Stage stage) {
        if (index < 0 || index > stages.size()) {
            throw invalid("index", Message.of("sales-pipeline.problem.index", stages.size(), index));
        }
        List<Stage> edited = new ArrayList<>(stages);
        edited.add(index, stage);
        return withStages(edited);
    }

    public Pipeline removeStage(String key) {
        List<Stage> edited = new ArrayList<>(stages);
        edited.remove(indexOf(key));
        return withStages(edited);
    }

    public Pipeline renameStage(String key, String newName) {
        return replace(key, s -> s.withName(newName));
    }

    public Pipeline updateStageNumbers(String key, int probability, int rotDays) {
        return replace(key, s -> s.withNumbers(probability, rotDays));
    }

    /** Moves a stage so that it ends up at the given 0-based index, keeping the others in order. */
    public Pipeline moveStage(String key, int newIndex) {
        int from = indexOf(key);
        if (newIndex < 0 || newIndex >= stages.size()) {
            throw invalid("index", Message.of("sales-pipeline.problem.index", stages.size() - 1, newIndex));
        }
        List<Stage> edited = new ArrayList<>(stages);
        edited.add(newIndex, edited.remove(from));
        return withStages(edited);
    }

    private Pipeline replace(String key, UnaryOperator<Stage> change) {
        List<Stage> edited = new ArrayList<>(stages);
        int index = indexOf(key);
        edited.set(index, change.apply(edited.get(index)));
        return withStages(edited);
    }

    private Pipeline withStages(List<Stage> edited) {
        return new Pipeline(projectKey, name, currency, edited);
    }

    private int indexOf(String key) {
        return positionOf(key).orElseThrow(() -> invalid("stageKey", Message.of("sales-pipeline.problem.no-such-stage", key))) - 1;
    }

    private static InvalidPipelineException invalid(String field, Message message) {
        return new InvalidPipelineException(List.of(new Problem(field, message)));
    }
}
