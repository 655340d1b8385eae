package org.salespipeline.workspace;

import org.salespipeline.text.Message;

/** This Jira cannot tell which transitions a deal has; the reason says why, for the panel to show in the user's words. */
public class TransitionsUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    public TransitionsUnavailableException(Message reason, Throwable cause) {
        super(reason.toString(), cause);
        this.reason = reason;
    }

    /** Why the transitions cannot be read, as a message of the bundle. */
    public Message reason() {
        return reason;
    }
}
