package org.salespipeline.workspace;

import java.util.List;
import org.salespipeline.criteria.Move;

/**
 * Everything the issue panel shows of one deal. Instants are ISO-8601 text, dates ISO dates; a closed deal has an
 * outcome and no current stage; a deal in a status the pipeline does not map has neither.
 *
 * @param owner the owner's user key; {@code ownerName} is the display name
 * @param expectedClose the expected close date, null when not set
 * @param path every open stage in order, each passed, current or ahead
 * @param enteredAt when the deal entered its current stage or outcome; null when it is in neither
 * @param daysInStage days since the deal entered its current open stage; null when closed or in no stage
 * @param rotting whether the deal has stayed in its open stage longer than the stage's rot threshold
 * @param probability the win probability of the current stage (100 once won, 0 once lost or disqualified)
 * @param weightedValue amount × probability, null without an amount
 * @param checklists the deal's checklists, the current stage's first, then those of stages it has not reached whose
 *        required items keep it from being won
 * @param moves every workflow transition open to the user now, with whether the deal may take it and what is missing;
 *        empty, with {@code movesUnavailable} saying why, where this Jira cannot tell
 * @param canEdit whether the current user may edit the issue
 * @param editable whether the user may change BANT answers and ticks now: may edit, and the deal is not closed
 * @param closeDatePushes how many times the expected close date was moved to a later date (README, "Push count")
 */
public record DealView(String key, String summary, String projectKey, String pipelineName, String currency,
        Double amount, String owner, String ownerName, String expectedClose, String statusId, List<PathStep> path,
        String currentStage, String enteredAt, Closed closed, String guidance, String exitCriteria, Double daysInStage,
        Integer rotDays, boolean rotting, int probability, Double weightedValue, Bant bant,
        List<ChecklistView> checklists, List<Move> moves, String movesUnavailable, boolean canEdit, boolean editable,
        int closeDatePushes) {

    /** One open stage on the deal's path: PASSED, CURRENT or AHEAD. */
    public record PathStep(String key, String name, int probability, int rotDays, String state) {
    }

    /**
     * How a closed deal ended: WON, LOST or DISQUALIFIED, when, the reason given, the days from the deal's creation to
     * then, and its amount; {@code countedAs} is the outcome the metrics count it under when that is another (a deal
     * won, reopened and lost counts as won), else null.
     */
    public record Closed(String outcome, String at, String reason, Double daysFromCreation, Double amount,
            String countedAs) {
    }

    /**
     * The BANT answers with their notes, the score, the policy's threshold and gate stage (null: no gate), whether
     * the gate holds this deal now (it is at or before the gate stage), and what the policy still needs.
     */
    public record Bant(List<BantLine> criteria, double score, double threshold, String gateStage, String gateStageName,
            boolean applies, List<String> missing) {
    }

    /** One BANT criterion: its key (BUDGET…), answer (UNKNOWN, PARTIAL, CONFIRMED), note and whether it is mandatory. */
    public record BantLine(String criterion, String answer, String note, boolean mandatory) {
    }

    /**
     * One of the deal's checklists, with its version (send it back when ticking) and progress; {@code neededToWin}
     * marks a checklist of a stage the deal has not reached, shown because its required items block WON.
     */
    public record ChecklistView(String stage, String stageName, boolean current, boolean neededToWin, long version,
            int done, int total, List<ItemView> items) {
    }

    /** One checklist item: ticked or not, by whom and when it last changed. */
    public record ItemView(String id, String text, boolean required, boolean ticked, String changedBy, String changedAt) {
    }
}
