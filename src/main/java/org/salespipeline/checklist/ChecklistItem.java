package org.salespipeline.checklist;

import java.util.Objects;

/** One line of a checklist template; required items must be ticked before a deal can be won. */
public record ChecklistItem(String id, String text, boolean required) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("A checklist item needs an id and a text");
        }
    }

    public static ChecklistItem required(String id, String text) {
        return new ChecklistItem(id, text, true);
    }

    public static ChecklistItem optional(String id, String text) {
        return new ChecklistItem(id, text, false);
    }
}
