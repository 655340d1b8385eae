package org.salespipeline.drilldown;

import java.util.List;

/** A message for the searcher, as a key of the app's message bundle and its arguments. */
public record Message(String key, List<String> arguments) {

    public Message {
        arguments = List.copyOf(arguments);
    }

    static Message of(String key, String... arguments) {
        return new Message(key, List.of(arguments));
    }
}
