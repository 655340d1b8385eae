package org.salespipeline.rest;

import jakarta.inject.Inject;
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
import org.salespipeline.text.Message;
import org.salespipeline.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into HTTP answers: a JSON list of errors, each with its message's key and the
 * message in the language of the user who asked, never a stack trace.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private final Texts texts;

    @Inject
    public ErrorMapper(Texts texts) {
        this.texts = texts;
    }

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
                    .entity(new RestException.ConfirmationBody(lines(fieldErrors(unconfirmed.lines())),
                            unconfirmed.confirmWith(), unconfirmed.removedStages()))
                    .build();
        }
        if (failure instanceof JsonProcessingException unreadable) {
            // The parser's own words name Java types and limits, which tell an admin nothing.
            LOG.debug("Unreadable request body", unreadable);
            return answer(400, List.of(RestException.FieldError.of(null, "sales-pipeline.error.unreadable")));
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return answer(status, List.of(new RestException.FieldError(null, describe(status))));
        }
        LOG.error("Sales Pipeline REST request failed", failure);
        return answer(500, List.of(RestException.FieldError.of(null, "sales-pipeline.error.unexpected")));
    }

    private static List<RestException.FieldError> fieldErrors(List<Problem> problems) {
        return problems.stream().map(problem -> new RestException.FieldError(problem.field(), problem.message())).toList();
    }

    private List<RestException.ErrorLine> lines(List<RestException.FieldError> errors) {
        return errors.stream().map(error -> new RestException.ErrorLine(error.field(), error.message().key(),
                texts.text(error.message()))).toList();
    }

    private Response answer(int status, List<RestException.FieldError> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new RestException.ErrorBody(lines(errors))).build();
    }

    private static Message describe(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 406, 415 -> Message.of("sales-pipeline.error.http." + status);
            default -> Message.of("sales-pipeline.error.http", status);
        };
    }
}
