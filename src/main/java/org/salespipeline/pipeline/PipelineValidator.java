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
            problems.add(new Problem("projectKey", "Project key must be upper-case letters, digits or underscores, starting with a letter"));
        }
        StageRules.checkName("name", "Pipeline name", name).ifPresent(problems::add);
        if (!isIsoCurrency(currency)) {
            problems.add(new Problem("currency", "Currency must be an ISO 4217 code such as USD or EUR"));
        }
        if (stages == null || stages.isEmpty()) {
            problems.add(new Problem("stages", "A pipeline needs at least one open stage"));
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
            problems.add(new Problem(path, "Stage is missing"));
            return;
        }
        String key = stage.key();
        if (!StageRules.isKey(key)) {
            problems.add(new Problem(path + ".key", "Stage key must be 1 to " + StageRules.MAX_KEY_LENGTH
                    + " upper-case letters, digits or underscores, starting with a letter"));
        } else if (firstIndexByKey.containsKey(key)) {
            problems.add(new Problem(path + ".key",
                    "Stage key " + key + " is already used by stages[" + firstIndexByKey.get(key) + "]"));
        } else {
            firstIndexByKey.put(key, index);
        }
        StageRules.checkName(path + ".name", "Stage name", stage.name()).ifPresentOrElse(problems::add, () -> {
            Integer first = firstIndexByName.putIfAbsent(StageRules.comparableName(stage.name()), index);
            if (first != null) {
                problems.add(new Problem(path + ".name", "Stage name " + stage.name().strip()
                        + " is already used by stages[" + first + "]"));
            }
        });
        if (!StageRules.PROBABILITY.allows(stage.probability())) {
            problems.add(new Problem(path + ".probability", StageRules.PROBABILITY.rule() + ", not " + stage.probability()));
        }
        if (!StageRules.ROT_DAYS.allows(stage.rotDays())) {
            problems.add(new Problem(path + ".rotDays", StageRules.ROT_DAYS.rule() + ", not " + stage.rotDays()));
        }
    }

    private static boolean isIsoCurrency(String code) {
        return code != null && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
