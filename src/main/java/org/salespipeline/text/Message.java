package org.salespipeline.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Something the app tells a user: a key of the app's message bundle and the arguments that fill its {0}, {1}…
 * An argument is plain text (a name, a key, a number written out) or another message, which is put into words in the
 * same language first.
 */
public record Message(String key, List<Object> arguments) {

    /** The prefix every key of the app's bundle starts with. */
    public static final String PREFIX = "sales-pipeline.";

    public Message {
        Objects.requireNonNull(key, "key");
        if (!key.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Message keys start with " + PREFIX + ": " + key);
        }
        arguments = List.copyOf(arguments);
    }

    /**
     * A message with its arguments: messages stay messages, numbers are written out plainly (3650, 2.5: no grouping,
     * so that keys, limits and versions read the same in every language), anything else by its text; null as "".
     */
    public static Message of(String key, Object... arguments) {
        List<Object> values = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            values.add(plain(argument));
        }
        return new Message(key, values);
    }

    private static Object plain(Object argument) {
        if (argument == null) {
            return "";
        }
        if (argument instanceof Message) {
            return argument;
        }
        if (argument instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (argument instanceof Double || argument instanceof Float) {
            return plain(BigDecimal.valueOf(((Number) argument).doubleValue()));
        }
        return String.valueOf(argument);
    }

    /** The key with its arguments, for logs: {@code sales-pipeline.problem.x[ACME, 3]}. */
    @Override
    public String toString() {
        return arguments.isEmpty() ? key
                : key + arguments.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}
