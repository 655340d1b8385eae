package org.salespipeline.text;

import java.util.List;

/** Puts messages into words in the language of the user the app is answering. */
public interface Texts {

    /** The message in the user's language, its arguments (messages among them) filled in. */
    String text(Message message);

    /** Each message in the user's language, in order. */
    default List<String> texts(List<Message> messages) {
        return messages.stream().map(this::text).toList();
    }
}
