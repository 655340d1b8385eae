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
    private final transient List<RemovedStageQuestion> removedStages;

    public ConfirmationNeededException(List<Problem> lines, List<String> confirmWith) {
        this(lines, confirmWith, List.of());
    }

    /** As the plain constructor, with the removed stages asked about, for a page to show their figures itself. */
    public ConfirmationNeededException(List<Problem> lines, List<String> confirmWith, List<RemovedStageQuestion> removedStages) {
        super(lines.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.lines = List.copyOf(lines);
        this.confirmWith = List.copyOf(confirmWith);
        this.removedStages = List.copyOf(removedStages);
    }

    public List<RemovedStageQuestion> removedStages() {
        return removedStages;
    }

    /**
     * A removed stage the admin is asked about: its key and name, the open deals and logged stays it holds (derived
     * again once it is removed), and the statuses that need a new place.
     */
    public record RemovedStageQuestion(String key, String name, int openDeals, int stays, List<String> statuses) {

        public RemovedStageQuestion {
            statuses = List.copyOf(statuses);
        }
    }

    public List<Problem> lines() {
        return lines;
    }

    public List<String> confirmWith() {
        return confirmWith;
    }
}
