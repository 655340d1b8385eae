package org.salespipeline.workspace;

import java.util.List;

/**
 * Everything the issue panel shows of one deal. Instants are ISO-8601 text; a closed deal has an outcome and no
 * current stage; a deal in a status the pipeline does not map has neither.
 *
 * @param path every open stage in order, each passed, current or ahead
 * @param daysInStage days since the deal entered its current stage or outcome; null when it is in neither
 * @param rotting whether the deal has stayed in its open stage longer than the stage's rot threshold
 * @param probability the win probability of the current stage (100 once won, 0 once lost or disqualified)
 * @param weightedValue amount × probability, null without an amount
 * @param checklists the deal's checklists, the current stage's first
 * @param canEdit whether the current user may change BANT answers and ticks
 */
public record DealView(String key, String summary, String projectKey, String pipelineName, String currency,
        Double amount, String owner, String statusId, List<PathStep> path, String currentStage, Closed closed,
        String guidance, String exitCriteria, Double daysInStage, Integer rotDays, boolean rotting, int probability,
        Double weightedValue, Bant bant, List<ChecklistView> checklists, boolean canEdit) {

    /** One open stage on the deal's path: PASSED, CURRENT or AHEAD. */
    public record PathStep(String key, String name, int probability, int rotDays, String state) {
    }

    /** How a closed deal ended: WON, LOST or DISQUALIFIED, when, and the reason given. */
    public record Closed(String outcome, String at, String reason) {
    }

    /** The BANT answers with their notes, the score, the policy, and what the policy still needs (empty once met). */
    public record Bant(List<BantLine> criteria, double score, double threshold, List<String> missing) {
    }

    /** One BANT criterion: its key (BUDGET…), answer (UNKNOWN, PARTIAL, CONFIRMED), note and whether it is mandatory. */
    public record BantLine(String criterion, String answer, String note, boolean mandatory) {
    }

    /** One of the deal's checklists, with its version (send it back when ticking) and progress. */
    public record ChecklistView(String stage, String stageName, boolean current, long version, int done, int total,
            List<ItemView> items) {
    }

    /** One checklist item: ticked or not, by whom and when it last changed. */
    public record ItemView(String id, String text, boolean required, boolean ticked, String changedBy, String changedAt) {
    }
}
