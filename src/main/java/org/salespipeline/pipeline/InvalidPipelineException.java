package org.salespipeline.pipeline;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a pipeline would be invalid; carries every problem found, not just the first. */
public class InvalidPipelineException extends IllegalArgumentException {

    private final transient List<Problem> problems;

    public InvalidPipelineException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
