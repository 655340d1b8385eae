package org.salespipeline.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.salespipeline.configuration.ConfirmationNeededException;
import org.salespipeline.pipeline.InvalidPipelineException;
import org.salespipeline.pipeline.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that turns failures into HTTP answers: a JSON list of errors, never a stack trace. */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof RestException refused) {
            return answer(refused.status(), refused.errors());
        }
        if (failure instanceof InvalidPipelineException invalid) {
            return answer(400, fieldErrors(invalid.problems()));
        }
        if (failure instanceof ConfirmationNeededException unconfirmed) {
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new RestException.ConfirmationBody(fieldErrors(unconfirmed.lines()), unconfirmed.confirmWith(),
                            unconfirmed.removedStages()))
                    .build();
        }
        if (failure instanceof JsonProcessingException unreadable) {
            // The parser's own words name Java types and limits, which tell an admin nothing.
            LOG.debug("Unreadable request body", unreadable);
            return answer(400, List.of(new RestException.FieldError(null, "The request body is not the JSON this call"
                    + " expects; nothing was saved.")));
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return answer(status, List.of(new RestException.FieldError(null, describe(status))));
        }
        LOG.error("Sales Pipeline REST request failed", failure);
        return answer(500, List.of(new RestException.FieldError(null,
                "The request failed unexpectedly; the Jira log has the details.")));
    }

    private static List<RestException.FieldError> fieldErrors(List<Problem> problems) {
        return problems.stream().map(problem -> new RestException.FieldError(problem.field(), problem.message())).toList();
    }

    private static Response answer(int status, List<RestException.FieldError> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new RestException.ErrorBody(errors)).build();
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "Log in to see pipeline data.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "Not found.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers JSON only.";
            case 415 -> "Send JSON (Content-Type: application/json).";
            default -> "The request failed (HTTP " + status + ").";
        };
    }
}
