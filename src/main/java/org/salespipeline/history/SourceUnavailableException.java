package org.salespipeline.history;

/**
 * The change-history source cannot be read in this Jira (a host service or class it needs is not offered to
 * apps). Rebuilds fail with its message and reconciliation reports itself unavailable; the stage log is left
 * as it is.
 */
public class SourceUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
