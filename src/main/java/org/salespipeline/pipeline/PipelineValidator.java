package org.salespipeline.pipeline;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds every problem of a would-be pipeline, one message per problem, without throwing; the limits are {@link StageRules}. */
public final class PipelineValidator {

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");

    private PipelineValidator() {
    }

    /** Returns the problems of the given pipeline parts; an empty list means the pipeline is valid. */
    public static List<Problem> validate(String projectKey, String name, String currency, List<Stage> stages) {
        List<Problem> problems = new ArrayList<>();
        if (projectKey == null || !PROJECT_KEY.matcher(projectKey).matches()) {
            problems.add(Problem.of("projectKey", "sales-pipeline.problem.project-key"));
        }
        StageRules.checkName("name", StageRules.PIPELINE_NAME, name).ifPresent(problems::add);
        if (!isIsoCurrency(currency)) {
            problems.add(Problem.of("currency", "sales-pipeline.problem.currency"));
        }
        if (stages == null || stages.isEmpty()) {
            problems.add(Problem.of("stages", "sales-pipeline.problem.no-open-stage"));
            return problems;
        }
        Map<String, Integer> firstIndexByKey = new HashMap<>();
        Map<String, Integer> firstIndexByName = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            checkStage(i, stages.get(i), firstIndexByKey, firstIndexByName, problems);
        }
        return problems;
    }

    private static void checkStage(int index, Stage stage, Map<String, Integer> firstIndexByKey,
            Map<String, Integer> firstIndexByName, List<Problem> problems) {
        String path = "stages[" + index + "]";
        if (stage == null) {
            problems.add(Problem.of(path, "sales-pipeline.problem.stage-missing"));
            return;
        }
        String key = stage.key();
        if (!StageRules.isKey(key)) {
            problems.add(Problem.of(path + ".key", "sales-pipeline.problem.stage-key", StageRules.MAX_KEY_LENGTH));
        } else if (firstIndexByKey.containsKey(key)) {
            problems.add(Problem.of(path + ".key", "sales-pipeline.problem.stage-key-taken", key, firstIndexByKey.get(key)));
        } else {
            firstIndexByKey.put(key, index);
        }
        StageRules.checkName(path + ".name", StageRules.STAGE_NAME, stage.name()).ifPresentOrElse(problems::add, () -> {
            Integer first = firstIndexByName.putIfAbsent(StageRules.comparableName(stage.name()), index);
            if (first != null) {
                problems.add(Problem.of(path + ".name", "sales-pipeline.problem.stage-name-taken", stage.name().strip(), first));
            }
        });
        if (!StageRules.PROBABILITY.allows(stage.probability())) {
            problems.add(StageRules.PROBABILITY.problem(path + ".probability", stage.probability()));
        }
        if (!StageRules.ROT_DAYS.allows(stage.rotDays())) {
            problems.add(StageRules.ROT_DAYS.problem(path + ".rotDays", stage.rotDays()));
        }
    }

    private static boolean isIsoCurrency(String code) {
        return code != null && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
