package org.salespipeline.qualification;

/** The four BANT questions asked of every deal. */
public enum BantCriterion {
    BUDGET("Budget"),
    AUTHORITY("Authority"),
    NEED("Need"),
    TIMELINE("Timeline");

    private final String label;

    BantCriterion(String label) {
        this.label = label;
    }

    /** The criterion's English name as shown in messages. */
    public String label() {
        return label;
    }
}
