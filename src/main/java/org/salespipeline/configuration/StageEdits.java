package org.salespipeline.configuration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StageRules;

/**
 * Reads the stages of an admin's edit: existing stages by their keys, new ones (without key) with a key made from
 * their name; numbers and texts against {@link StageRules}, names trimmed. The pipeline's validator then checks what
 * the stages are together (keys and names unique); a number already refused here is not reported twice.
 */
final class StageEdits {

    private StageEdits() {
    }

    static List<Stage> read(List<PipelineEdit.StageEdit> edits, Set<String> existingKeys, List<Problem> problems) {
        List<Stage> stages = new ArrayList<>();
        if (edits == null) {
            return stages;
        }
        Set<String> taken = new HashSet<>(existingKeys);
        for (int i = 0; i < edits.size(); i++) {
            PipelineEdit.StageEdit edit = edits.get(i);
            String path = "stages[" + i + "]";
            if (edit == null) {
                problems.add(Problem.of(path, "sales-pipeline.problem.stage-edit-missing"));
                continue;
            }
            String name = edit.name() == null ? null : edit.name().strip();
            String key = edit.key();
            if (key == null || key.isBlank()) {
                key = StageKeys.fromName(name, taken);
                taken.add(key);
            } else if (!existingKeys.contains(key)) {
                problems.add(Problem.of(path + ".key", "sales-pipeline.problem.stage-edit-key", key));
            }
            int probability = number(path + ".probability", StageRules.PROBABILITY, edit.probability(), problems);
            int rotDays = number(path + ".rotDays", StageRules.ROT_DAYS, edit.rotDays(), problems);
            StageRules.checkText(path + ".guidance", StageRules.GUIDANCE, edit.guidance(), StageRules.MAX_TEXT_LENGTH)
                    .ifPresent(problems::add);
            StageRules.checkText(path + ".exitCriteria", StageRules.EXIT_CRITERIA, edit.exitCriteria(), StageRules.MAX_TEXT_LENGTH)
                    .ifPresent(problems::add);
            stages.add(new Stage(key, name, probability, rotDays, edit.guidance(), edit.exitCriteria()));
        }
        return stages;
    }

    /** The number when it keeps its rule; otherwise the problem is added and the rule's minimum stands in for it. */
    private static int number(String field, StageRules.WholeNumber rule, java.math.BigDecimal value, List<Problem> problems) {
        OptionalInt read = rule.read(value);
        if (read.isEmpty()) {
            problems.add(rule.problem(field, value));
        }
        return read.orElse(rule.min());
    }
}
