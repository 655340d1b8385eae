package org.salespipeline.demo.data;

import java.util.List;
import java.util.stream.Collectors;

/** A history file that cannot be loaded, with every problem found in it. */
public class HistoryFileException extends RuntimeException {

    private final transient List<HistoryFileProblem> problems;

    public HistoryFileException(String source, List<HistoryFileProblem> problems) {
        super(describe(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<HistoryFileProblem> problems() {
        return problems;
    }

    private static String describe(String source, List<HistoryFileProblem> problems) {
        return problems.stream().map(HistoryFileProblem::toString).collect(Collectors.joining("\n  ",
                source + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n  ", ""));
    }
}
