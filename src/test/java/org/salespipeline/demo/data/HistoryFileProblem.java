package org.salespipeline.demo.data;

/**
 * One thing wrong with a history file, at the 1-based line of the offending value, naming the deal (or pipeline)
 * it belongs to when that is known.
 *
 * @param subject such as "deal ACME-3" or "pipeline ACME"; null when the value belongs to neither
 */
public record HistoryFileProblem(int line, String subject, String message) {

    static HistoryFileProblem ofDeal(int line, String dealKey, String message) {
        return new HistoryFileProblem(line, dealKey == null ? null : "deal " + dealKey, message);
    }

    @Override
    public String toString() {
        return "line " + line + (subject == null ? "" : ", " + subject) + ": " + message;
    }
}
