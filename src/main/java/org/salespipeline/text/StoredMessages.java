package org.salespipeline.text;

import java.util.Arrays;

/**
 * A message kept in a text column (such as a run's error, shown to admins later), read back to be worded in the
 * language of whoever reads it. Its arguments are plain text. A stored text that is no message (a technical detail,
 * or a run kept before messages were) reads as it was written.
 */
public final class StoredMessages {

    private static final String SEPARATOR = "\u001f";

    private StoredMessages() {
    }

    /** The message as one text: its key and its arguments, apart. */
    public static String write(Message message) {
        StringBuilder text = new StringBuilder(message.key());
        for (Object argument : message.arguments()) {
            if (argument instanceof Message) {
                throw new IllegalArgumentException("A stored message takes plain arguments: " + message);
            }
            text.append(SEPARATOR).append(String.valueOf(argument).replace(SEPARATOR, " "));
        }
        return text.toString();
    }

    /** The stored text in the reader's words: a stored message worded by {@code texts}, any other text as it is. */
    public static String read(String stored, Texts texts) {
        if (stored == null || !stored.startsWith(Message.PREFIX)) {
            return stored;
        }
        String[] parts = stored.split(SEPARATOR, -1);
        if (parts[0].chars().anyMatch(Character::isWhitespace)) {
            return stored;
        }
        return texts.text(Message.of(parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length)));
    }
}
