package org.salespipeline.history;

import java.time.Instant;

/**
 * One run of the reconciliation on some node: when it ended, how many deals it compared with Jira's history,
 * how many it repaired, and what stopped it (null when nothing did).
 */
public record ReconciliationRun(Instant at, int checked, int repaired, String error) {
}
