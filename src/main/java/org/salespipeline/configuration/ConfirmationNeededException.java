package org.salespipeline.configuration;

import java.util.List;
import java.util.stream.Collectors;
import org.salespipeline.pipeline.Problem;

/**
 * Thrown when a change is valid but changes what the admin may not expect: each line names what would happen, and
 * {@code confirmWith} the request fields that confirm it (such as {@code confirm} or {@code removedStages}).
 * Nothing was saved.
 */
public class ConfirmationNeededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> lines;
    private final transient List<String> confirmWith;

    public ConfirmationNeededException(List<Problem> lines, List<String> confirmWith) {
        super(lines.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.lines = List.copyOf(lines);
        this.confirmWith = List.copyOf(confirmWith);
    }

    public List<Problem> lines() {
        return lines;
    }

    public List<String> confirmWith() {
        return confirmWith;
    }
}
