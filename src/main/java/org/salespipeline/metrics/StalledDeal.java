package org.salespipeline.metrics;

/**
 * An open deal that has stayed in its stage longer than the stage's rot days; days are fractional, the owner is the
 * current assignee (null when unassigned), the push count is all time (README, "Push count").
 */
public record StalledDeal(String issueKey, String summary, String stageKey, double daysInStage, int rotDays,
        double daysOverdue, Double amount, String owner, int pushCount) {
}
