package org.salespipeline.store;

import static org.salespipeline.store.Schema.AMOUNT;
import static org.salespipeline.store.Schema.CLOSE_DAY;
import static org.salespipeline.store.Schema.ENTERED_AT;
import static org.salespipeline.store.Schema.ISSUE_KEY;
import static org.salespipeline.store.Schema.ISSUE_NUMBER;
import static org.salespipeline.store.Schema.PROJECT_KEY;
import static org.salespipeline.store.Schema.STAGE_KEY;
import static org.salespipeline.store.Schema.SUMMARY;
import static org.salespipeline.store.SqlDealMetrics.MS_PER_DAY;
import static org.salespipeline.store.SqlDealMetrics.millis;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.salespipeline.metrics.DealVisibility;
import org.salespipeline.metrics.Forecast;
import org.salespipeline.metrics.ForecastMonth;
import org.salespipeline.metrics.SlippedDeal;
import org.salespipeline.metrics.StalledDeal;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;

/** The metrics that list deals, read in their final order and cut at the first rows the user may see. */
final class SqlDealLists {

    private static final String DEAL_COLUMNS = "o.ISSUE_KEY, o.SUMMARY, o.STAGE_KEY, o.AMOUNT";
    /** What a stalled deal shows and is ordered by (project and number break ties). */
    private static final SqlOpenDeals.Column[] LISTED_WITH_OWNER = {SqlOpenDeals.Column.ISSUE_KEY,
        SqlOpenDeals.Column.SUMMARY, SqlOpenDeals.Column.AMOUNT, SqlOpenDeals.Column.OWNER,
        SqlOpenDeals.Column.PROJECT_KEY, SqlOpenDeals.Column.ISSUE_NUMBER, SqlOpenDeals.Column.ISSUE_ID};
    private static final SqlOpenDeals.Column[] LISTED_WITH_CLOSE = {SqlOpenDeals.Column.ISSUE_KEY,
        SqlOpenDeals.Column.SUMMARY, SqlOpenDeals.Column.AMOUNT, SqlOpenDeals.Column.CLOSE_DAY,
        SqlOpenDeals.Column.PROJECT_KEY, SqlOpenDeals.Column.ISSUE_NUMBER};

    private SqlDealLists() {
    }

    static List<StalledDeal> stalled(SqlSession session, Pipeline pipeline, Instant at, String owner,
            DealVisibility visibility, int limit) throws SQLException {
        if (limit < 0) {
            throw new IllegalArgumentException("Limit must not be negative, was " + limit);
        }
        List<StalledRow> rows = stalledAt(DEAL_COLUMNS + ", o.ENTERED_AT, o.OWNER, o.ISSUE_ID", pipeline, at, owner,
                LISTED_WITH_OWNER)
                .append("ORDER BY " + overdueFrom(pipeline) + ", o.PROJECT_KEY, o.ISSUE_NUMBER")
                .query(session, read -> {
                    List<StalledRow> stalled = new ArrayList<>();
                    while (stalled.size() < limit && read.next()) {
                        if (visibility.canSee(read.getString(1))) {
                            Stage stage = pipeline.stage(read.getString(3)).orElseThrow();
                            double days = (millis(at) - read.getLong(5)) / MS_PER_DAY;
                            stalled.add(new StalledRow(read.getLong(7), read.getString(1), read.getString(2), stage,
                                    days, Sql.nullableDouble(read, 4), read.getString(6)));
                        }
                    }
                    return stalled;
                });
        Map<Long, Integer> pushCounts = SqlPushCounts.allTime(session, rows.stream().map(StalledRow::issueId).toList());
        return rows.stream().map(row -> new StalledDeal(row.issueKey(), row.summary(), row.stage().key(), row.days(),
                row.stage().rotDays(), row.days() - row.stage().rotDays(), row.amount(), row.owner(),
                pushCounts.getOrDefault(row.issueId(), 0))).toList();
    }

    /** A stalled deal as read, before its push count is. */
    private record StalledRow(long issueId, String issueKey, String summary, Stage stage, double days, Double amount,
            String owner) {
    }

    /** {@code select} over the open deals {@code o} that are stalled at the instant. */
    static Sql stalledAt(String select, Pipeline pipeline, Instant at, String owner, SqlOpenDeals.Column... columns) {
        return SqlOpenDeals.select(select, pipeline, at, owner, columns)
                .append("AND " + overdueFrom(pipeline) + " < ?", millis(at));
    }

    /** The instant each stay starts to be overdue: entered plus the stage's rot days (whole numbers from the set-up). */
    private static String overdueFrom(Pipeline pipeline) {
        return "o.ENTERED_AT + " + rotMillis(pipeline);
    }

    /** {@code select} over the deals {@code o} open now whose expected close date lies in [from, to). */
    static Sql closingIn(String select, Pipeline pipeline, LocalDate from, LocalDate to, Instant now, String owner,
            SqlOpenDeals.Column... columns) {
        return SqlOpenDeals.select(select, pipeline, now, owner, columns)
                .append("AND o.CLOSE_DAY >= ? AND o.CLOSE_DAY < ?", from.toEpochDay(), to.toEpochDay());
    }

    /** {@code select} over the deals {@code o} open now whose expected close date is before today (UTC). */
    static Sql slippedAt(String select, Pipeline pipeline, Instant now, String owner, SqlOpenDeals.Column... columns) {
        return SqlOpenDeals.select(select, pipeline, now, owner, columns)
                .append("AND o.CLOSE_DAY < ?", LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay());
    }

    static Forecast forecast(SqlSession session, Pipeline pipeline, LocalDate from, LocalDate to, Instant now,
            String owner, DealVisibility visibility) throws SQLException {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A forecast window must start before it ends: from " + from + ", to " + to);
        }
        List<CloseDayGroup> groups = closingIn("o.STAGE_KEY, o.CLOSE_DAY, COUNT(*), SUM(o.AMOUNT)", pipeline,
                        from, to, now, owner, SqlOpenDeals.Column.CLOSE_DAY, SqlOpenDeals.Column.AMOUNT)
                .append("GROUP BY o.STAGE_KEY, o.CLOSE_DAY")
                .query(session, rows -> {
                    List<CloseDayGroup> read = new ArrayList<>();
                    while (rows.next()) {
                        read.add(new CloseDayGroup(rows.getString(1), rows.getLong(2), rows.getInt(3), rows.getDouble(4)));
                    }
                    return read;
                });
        // Added up in one order on every database (the groups come in whatever order the database reads them),
        // so that each month's sums round the same way everywhere.
        groups.sort(Comparator.comparingLong(CloseDayGroup::closeDay)
                .thenComparingInt(group -> pipeline.positionOf(group.stageKey()).orElse(Integer.MAX_VALUE))
                .thenComparing(CloseDayGroup::stageKey));
        Map<YearMonth, double[]> byMonth = new TreeMap<>();
        for (CloseDayGroup group : groups) {
            int probability = pipeline.stage(group.stageKey()).map(Stage::probability).orElse(0);
            double[] month = byMonth.computeIfAbsent(YearMonth.from(LocalDate.ofEpochDay(group.closeDay())),
                    m -> new double[3]);
            month[0] += group.deals();
            month[1] += group.amount();
            month[2] += group.amount() * probability / 100;
        }
        List<ForecastMonth> months = new ArrayList<>();
        byMonth.forEach((month, figures) -> months.add(new ForecastMonth(month, (int) figures[0], figures[1], figures[2])));
        return new Forecast(months, slipped(session, pipeline, now, owner, visibility));
    }

    /** The open deals of one stage with one close day: how many, and their amounts added up. */
    private record CloseDayGroup(String stageKey, long closeDay, int deals, double amount) {
    }

    private static List<SlippedDeal> slipped(SqlSession session, Pipeline pipeline, Instant now, String owner,
            DealVisibility visibility) throws SQLException {
        return slippedAt(DEAL_COLUMNS + ", o.CLOSE_DAY", pipeline, now, owner, LISTED_WITH_CLOSE)
                .append("ORDER BY o.CLOSE_DAY, o.PROJECT_KEY, o.ISSUE_NUMBER")
                .query(session, rows -> {
                    List<SlippedDeal> slipped = new ArrayList<>();
                    while (rows.next()) {
                        if (visibility.canSee(rows.getString(1))) {
                            slipped.add(new SlippedDeal(rows.getString(1), rows.getString(2),
                                    LocalDate.ofEpochDay(rows.getLong(5)), Sql.nullableDouble(rows, 4), rows.getString(3)));
                        }
                    }
                    return slipped;
                });
    }

    /** A CASE expression giving each stage's rot threshold in milliseconds; stage keys are validated identifiers. */
    private static String rotMillis(Pipeline pipeline) {
        StringBuilder sql = new StringBuilder("CASE o.STAGE_KEY");
        for (Stage stage : pipeline.stages()) {
            sql.append(" WHEN '").append(stage.key()).append("' THEN ").append(stage.rotDays() * 86_400_000L);
        }
        return sql.append(" ELSE ").append(Long.MAX_VALUE / 4).append(" END").toString();
    }
}
