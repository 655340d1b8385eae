package org.salespipeline.rest;

import java.util.List;
import org.salespipeline.configuration.ConfirmationNeededException;
import org.salespipeline.text.Message;

/** A request the app refuses, with the HTTP status to answer and one message per offending field. */
public class RestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<FieldError> errors;

    public RestException(int status, List<FieldError> errors) {
        super(errors.isEmpty() ? "HTTP " + status : errors.get(0).message().toString());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** A refusal with one message, of the given key and arguments, about the field (null for the whole request). */
    public static RestException of(int status, String field, String key, Object... arguments) {
        return new RestException(status, List.of(FieldError.of(field, key, arguments)));
    }

    public static RestException badRequest(String field, String key, Object... arguments) {
        return of(400, field, key, arguments);
    }

    public static RestException unauthorized() {
        return of(401, null, "sales-pipeline.error.log-in");
    }

    public static RestException notFound(String field, String key, Object... arguments) {
        return of(404, field, key, arguments);
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One problem: the field it concerns (null for the request as a whole) and what is wrong, as a message. */
    public record FieldError(String field, Message message) {

        public static FieldError of(String field, String key, Object... arguments) {
            return new FieldError(field, Message.of(key, arguments));
        }
    }

    /** One problem as the answer gives it: the field, the message's key and the message in the user's language. */
    public record ErrorLine(String field, String key, String message) {
    }

    /** The JSON body of every error answer. */
    public record ErrorBody(List<ErrorLine> errors) {
    }

    /**
     * A 409 answer to a change that waits for confirmation: what it would do, the request fields that confirm it, and
     * for an edit that removes stages holding deals, each such stage with its figures (empty otherwise).
     */
    public record ConfirmationBody(List<ErrorLine> errors, List<String> confirmWith,
            List<ConfirmationNeededException.RemovedStageQuestion> removedStages) {
    }
}
