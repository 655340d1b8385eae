package org.salespipeline.rest;

import java.util.List;
import org.salespipeline.configuration.ConfirmationNeededException;

/** A request the app refuses, with the HTTP status to answer and one message per offending field. */
public class RestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<FieldError> errors;

    public RestException(int status, List<FieldError> errors) {
        super(errors.isEmpty() ? "HTTP " + status : errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static RestException badRequest(String field, String message) {
        return new RestException(400, List.of(new FieldError(field, message)));
    }

    public static RestException unauthorized() {
        return new RestException(401, List.of(new FieldError(null, "Log in to see pipeline data.")));
    }

    public static RestException notFound(String field, String message) {
        return new RestException(404, List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One problem: the field it concerns (null for the request as a whole) and what is wrong. */
    public record FieldError(String field, String message) {
    }

    /** The JSON body of every error answer. */
    public record ErrorBody(List<FieldError> errors) {
    }

    /**
     * A 409 answer to a change that waits for confirmation: what it would do, the request fields that confirm it, and
     * for an edit that removes stages holding deals, each such stage with its figures (empty otherwise).
     */
    public record ConfirmationBody(List<FieldError> errors, List<String> confirmWith,
            List<ConfirmationNeededException.RemovedStageQuestion> removedStages) {
    }
}
