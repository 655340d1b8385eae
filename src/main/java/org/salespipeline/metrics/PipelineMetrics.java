package org.salespipeline.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.salespipeline.pipeline.Pipeline;

/** The metrics of DESIGN §4, whose implementations must all return exactly what {@link ReferenceMetrics} returns. */
public interface PipelineMetrics {

    /** Stage conversion of the deals created in the window. */
    FunnelReport funnel(Pipeline pipeline, Window window, OwnerFilter owner);

    /** Won and lost deals whose outcome instant lies in the window. */
    ClosedDeals closed(Pipeline pipeline, Window window, OwnerFilter owner);

    /** Open deals, value and weighted value per stage at an instant. */
    PipelineSummary summary(Pipeline pipeline, Instant at, OwnerFilter owner);

    /** Sales velocity: open deals at the window's end and the closed figures of the window. */
    Velocity velocity(Pipeline pipeline, Window window, OwnerFilter owner);

    /** Length of the stays in each open stage that ended in the window. */
    TimeInStage timeInStage(Pipeline pipeline, Window window, OwnerFilter owner);

    /** The first {@code limit} visible open deals that have been in their stage longer than its rot days. */
    List<StalledDeal> stalled(Pipeline pipeline, Instant at, OwnerFilter owner, DealVisibility visibility, int limit);

    /** Won, lost and disqualified deals whose outcome instant lies in the window, with reasons. */
    OutcomeReport outcomes(Pipeline pipeline, Window window, OwnerFilter owner);

    /** Open deals expected to close in [from, to) per month, visible or not, and the visible open deals that slipped. */
    Forecast forecast(Pipeline pipeline, LocalDate from, LocalDate to, Instant now, OwnerFilter owner,
            DealVisibility visibility);

    /**
     * The board now: a column per open stage in order (or only {@code stageKey}'s, when given), each with the deals
     * of the owner matching the filter.
     */
    List<BoardColumn> board(Pipeline pipeline, Instant now, OwnerFilter owner, BoardFilter filter, String stageKey,
            DealVisibility visibility, BoardPage page);

    /** The current owners of the pipeline's deals as stored (user keys, or names of users Jira had no key for), sorted. */
    List<String> owners(Pipeline pipeline);

    /**
     * What changed in the pipeline over the period [from, to): opening, closing and the movements between them,
     * within the close window when one is given (null for none), every deal counted, visible or not.
     */
    Flow flow(Pipeline pipeline, Window period, CloseWindow window, OwnerFilter owner);

    /**
     * The visible deals of one list of the flow ({@link FlowDeal#LISTS}), ordered by issue key, skipping
     * {@code start} of them and giving at most {@code limit}.
     */
    List<FlowDeal> flowDeals(Pipeline pipeline, Window period, CloseWindow window, OwnerFilter owner, String list,
            DealVisibility visibility, int start, int limit);
}
