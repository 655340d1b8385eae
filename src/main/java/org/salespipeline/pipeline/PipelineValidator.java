package org.salespipeline.pipeline;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds every problem of a would-be pipeline, one message per problem, without throwing. */
public final class PipelineValidator {

    /** Longest allowed pipeline or stage name. */
    public static final int MAX_NAME_LENGTH = 80;

    private static final Pattern STAGE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");

    private PipelineValidator() {
    }

    /** Returns the problems of the given pipeline parts; an empty list means the pipeline is valid. */
    public static List<Problem> validate(String projectKey, String name, String currency, List<Stage> stages) {
        List<Problem> problems = new ArrayList<>();
        if (projectKey == null || !PROJECT_KEY.matcher(projectKey).matches()) {
            problems.add(new Problem("projectKey", "Project key must be upper-case letters, digits or underscores, starting with a letter"));
        }
        checkName("name", "Pipeline name", name, problems);
        if (!isIsoCurrency(currency)) {
            problems.add(new Problem("currency", "Currency must be an ISO 4217 code such as USD or EUR"));
        }
        if (stages == null || stages.isEmpty()) {
            problems.add(new Problem("stages", "A pipeline needs at least one open stage"));
            return problems;
        }
        Map<String, Integer> firstIndexByKey = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            checkStage(i, stages.get(i), firstIndexByKey, problems);
        }
        return problems;
    }

    private static void checkStage(int index, Stage stage, Map<String, Integer> firstIndexByKey, List<Problem> problems) {
        String path = "stages[" + index + "]";
        if (stage == null) {
            problems.add(new Problem(path, "Stage is missing"));
            return;
        }
        String key = stage.key();
        if (key == null || !STAGE_KEY.matcher(key).matches()) {
            problems.add(new Problem(path + ".key",
                    "Stage key must be 1 to 40 upper-case letters, digits or underscores, starting with a letter"));
        } else if (firstIndexByKey.containsKey(key)) {
            problems.add(new Problem(path + ".key",
                    "Stage key " + key + " is already used by stages[" + firstIndexByKey.get(key) + "]"));
        } else {
            firstIndexByKey.put(key, index);
        }
        checkName(path + ".name", "Stage name", stage.name(), problems);
        if (stage.probability() < 0 || stage.probability() > 100) {
            problems.add(new Problem(path + ".probability", "Probability must be between 0 and 100, was " + stage.probability()));
        }
        if (stage.rotDays() < 0) {
            problems.add(new Problem(path + ".rotDays", "Rot days must not be negative, was " + stage.rotDays()));
        }
    }

    private static void checkName(String field, String label, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, label + " must not be blank"));
        } else if (value.length() > MAX_NAME_LENGTH) {
            problems.add(new Problem(field, label + " must be at most " + MAX_NAME_LENGTH + " characters"));
        }
    }

    private static boolean isIsoCurrency(String code) {
        return code != null && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
