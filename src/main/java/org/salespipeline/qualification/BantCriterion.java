package org.salespipeline.qualification;

import org.salespipeline.text.Message;

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

    /** The criterion's English name: the name of its Jira field. */
    public String label() {
        return label;
    }

    /** The criterion's name in the user's language, for messages. */
    public Message title() {
        return Message.of("sales-pipeline.panel.bant." + name());
    }
}
