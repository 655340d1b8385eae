package org.salespipeline.workspace;

/** This Jira cannot tell which transitions a deal has; the message says why, for the panel to show. */
public class TransitionsUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransitionsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
