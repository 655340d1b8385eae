package org.salespipeline.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.salespipeline.metrics.BoardColumn;
import org.salespipeline.metrics.BoardFilter;
import org.salespipeline.metrics.BoardPage;
import org.salespipeline.metrics.CloseWindow;
import org.salespipeline.metrics.ClosedDeals;
import org.salespipeline.metrics.Flow;
import org.salespipeline.metrics.FlowDeal;
import org.salespipeline.metrics.DealVisibility;
import org.salespipeline.metrics.Forecast;
import org.salespipeline.metrics.FunnelReport;
import org.salespipeline.metrics.OutcomeReport;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.PipelineMetrics;
import org.salespipeline.metrics.PipelineSummary;
import org.salespipeline.metrics.StalledDeal;
import org.salespipeline.metrics.TimeInStage;
import org.salespipeline.metrics.Velocity;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Pipeline;

/**
 * Every pipeline metric as database aggregates over the deal state rows and stays; no metric reads the
 * stage log's transitions, and lists stop reading once they have their rows.
 */
public class SqlPipelineMetrics implements PipelineMetrics {

    private final SqlReader sql;

    public SqlPipelineMetrics(SqlReader sql) {
        this.sql = sql;
    }

    @Override
    public FunnelReport funnel(Pipeline pipeline, Window window, OwnerFilter owner) {
        return sql.read(session -> SqlDealMetrics.funnel(session, pipeline, window, name(owner)));
    }

    @Override
    public ClosedDeals closed(Pipeline pipeline, Window window, OwnerFilter owner) {
        return sql.read(session -> SqlDealMetrics.closed(session, pipeline, window, name(owner)));
    }

    @Override
    public PipelineSummary summary(Pipeline pipeline, Instant at, OwnerFilter owner) {
        return sql.read(session -> SqlStayMetrics.summary(session, pipeline, at, name(owner)));
    }

    @Override
    public Velocity velocity(Pipeline pipeline, Window window, OwnerFilter owner) {
        return sql.read(session -> {
            int open = SqlOpenDeals.select("COUNT(*)", pipeline, window.to(), name(owner))
                    .query(session, rows -> rows.next() ? rows.getInt(1) : 0);
            ClosedDeals closed = SqlDealMetrics.closed(session, pipeline, window, name(owner));
            Double perDay = closed.averageDealSize() == null || closed.winRate() == null
                    || closed.salesCycleDays() == null || closed.salesCycleDays() == 0 ? null
                    : open * closed.averageDealSize() * closed.winRate() / closed.salesCycleDays();
            return new Velocity(open, closed.won(), closed.lost(), closed.winRate(), closed.averageDealSize(),
                    closed.salesCycleDays(), perDay);
        });
    }

    @Override
    public TimeInStage timeInStage(Pipeline pipeline, Window window, OwnerFilter owner) {
        return sql.read(session -> SqlStayMetrics.timeInStage(session, pipeline, window, name(owner)));
    }

    @Override
    public List<StalledDeal> stalled(Pipeline pipeline, Instant at, OwnerFilter owner, DealVisibility visibility,
            int limit) {
        return sql.read(session -> SqlDealLists.stalled(session, pipeline, at, name(owner), visibility, limit));
    }

    @Override
    public OutcomeReport outcomes(Pipeline pipeline, Window window, OwnerFilter owner) {
        return sql.read(session -> SqlDealMetrics.outcomes(session, pipeline, window, name(owner)));
    }

    @Override
    public Forecast forecast(Pipeline pipeline, LocalDate from, LocalDate to, Instant now, OwnerFilter owner,
            DealVisibility visibility) {
        return sql.read(session -> SqlDealLists.forecast(session, pipeline, from, to, now, name(owner), visibility));
    }

    @Override
    public List<BoardColumn> board(Pipeline pipeline, Instant now, OwnerFilter owner, BoardFilter filter,
            String stageKey, DealVisibility visibility, BoardPage page) {
        return sql.read(session -> SqlBoard.board(session, pipeline, now, name(owner), filter, stageKey, visibility,
                page));
    }

    @Override
    public List<String> owners(Pipeline pipeline) {
        return sql.read(session -> new Sql("SELECT DISTINCT d." + Schema.OWNER + " FROM " + Schema.DEAL + " d WHERE d."
                + Schema.PROJECT_KEY + " = ? AND d." + Schema.OWNER + " IS NOT NULL", pipeline.projectKey())
                .query(session, rows -> {
                    java.util.List<String> owners = new java.util.ArrayList<>();
                    while (rows.next()) {
                        owners.add(rows.getString(1));
                    }
                    // Sorted here, not by the database: collations differ, and the reference sorts as Java does.
                    java.util.Collections.sort(owners);
                    return owners;
                }));
    }

    @Override
    public Flow flow(Pipeline pipeline, Window period, CloseWindow window, OwnerFilter owner) {
        return Flow.of(sql.read(session -> SqlFlow.deals(session, pipeline, period, window, name(owner))));
    }

    @Override
    public List<FlowDeal> flowDeals(Pipeline pipeline, Window period, CloseWindow window, OwnerFilter owner, String list,
            DealVisibility visibility, int start, int limit) {
        if (start < 0 || limit < 0) {
            throw new IllegalArgumentException("Start and limit must not be negative, were " + start + " and " + limit);
        }
        return sql.read(session -> {
            Map<String, Integer> pushCounts = SqlPushCounts.inPeriod(session, pipeline.projectKey(), period.from(),
                    period.to(), name(owner));
            return FlowDeal.page(SqlFlow.deals(session, pipeline, period, window, name(owner)), list,
                    key -> pushCounts.getOrDefault(key, 0), visibility, start, limit);
        });
    }

    private static String name(OwnerFilter owner) {
        return owner.owner().orElse(null);
    }
}
