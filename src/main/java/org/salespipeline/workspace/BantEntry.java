package org.salespipeline.workspace;

import java.util.Objects;
import org.salespipeline.qualification.BantAnswer;

/** One BANT answer as a rep gives it, with an optional note (null or blank clears the note). */
public record BantEntry(BantAnswer answer, String note) {

    public BantEntry {
        Objects.requireNonNull(answer, "answer");
    }
}
