package org.salespipeline.pipeline;

import java.util.Objects;

/** One validation problem: the path of the offending field (such as {@code stages[2].probability}) and a readable message. */
public record Problem(String field, String message) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
