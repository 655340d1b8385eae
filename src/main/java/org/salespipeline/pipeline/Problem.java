package org.salespipeline.pipeline;

import java.util.Objects;
import org.salespipeline.text.Message;

/** One validation problem: the path of the offending field (such as {@code stages[2].probability}) and what is wrong, as a message. */
public record Problem(String field, Message message) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** A problem of the field with the message of this key and arguments. */
    public static Problem of(String field, String key, Object... arguments) {
        return new Problem(field, Message.of(key, arguments));
    }
}
