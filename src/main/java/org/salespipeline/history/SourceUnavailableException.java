package org.salespipeline.history;

import org.salespipeline.text.Message;
import org.salespipeline.text.StoredMessages;

/**
 * The change-history source cannot be read in this Jira (a host service or class it needs is not offered to
 * apps). Rebuilds fail with its message and reconciliation reports itself unavailable; the stage log is left
 * as it is.
 */
public class SourceUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    public SourceUnavailableException(String message, Throwable cause) {
        this(null, message, cause);
    }

    /** With the reason as a message for admins to read in their language; {@code english} is for the log. */
    public SourceUnavailableException(Message reason, String english, Throwable cause) {
        super(english, cause);
        this.reason = reason;
    }

    /** Why, as a message of the bundle with plain arguments; null when only the English text is known. */
    public Message reason() {
        return reason;
    }

    /** What to keep as the run's error: the reason as a stored message, else the English text. */
    public String stored() {
        return reason == null ? getMessage() : StoredMessages.write(reason);
    }
}
