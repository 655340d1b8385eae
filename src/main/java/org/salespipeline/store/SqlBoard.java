package org.salespipeline.store;

import static org.salespipeline.store.SqlDealMetrics.MS_PER_DAY;
import static org.salespipeline.store.SqlDealMetrics.millis;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.salespipeline.metrics.BoardCard;
import org.salespipeline.metrics.BoardColumn;
import org.salespipeline.metrics.BoardColumns;
import org.salespipeline.metrics.BoardFilter;
import org.salespipeline.metrics.BoardPage;
import org.salespipeline.metrics.DealVisibility;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;

/**
 * The board from the open deals' rows: one read in board order (most days in the stage first, then issue key), the
 * filters in SQL, the columns added up and cut into pages by {@link BoardColumns} as the reference does.
 */
final class SqlBoard {

    /** The character that makes the next one of a search text literal in LIKE ({@code %}, {@code _} or itself). */
    static final char LIKE_ESCAPE = '!';

    private static final SqlOpenDeals.Column[] CARD_COLUMNS = {SqlOpenDeals.Column.ISSUE_KEY,
        SqlOpenDeals.Column.SUMMARY, SqlOpenDeals.Column.AMOUNT, SqlOpenDeals.Column.OWNER,
        SqlOpenDeals.Column.CLOSE_DAY, SqlOpenDeals.Column.PROJECT_KEY, SqlOpenDeals.Column.ISSUE_NUMBER};

    private SqlBoard() {
    }

    static List<BoardColumn> board(SqlSession session, Pipeline pipeline, Instant now, String owner, BoardFilter filter,
            String stageKey, DealVisibility visibility, BoardPage page) throws SQLException {
        Sql query = SqlOpenDeals.select("o.STAGE_KEY, o.ENTERED_AT, o.ISSUE_KEY, o.SUMMARY, o.AMOUNT, o.OWNER, o.CLOSE_DAY",
                pipeline, now, owner, CARD_COLUMNS);
        if (stageKey != null) {
            query.append("AND o.STAGE_KEY = ?", stageKey);
        }
        if (filter.closing() != null) {
            query.append("AND o.CLOSE_DAY >= ? AND o.CLOSE_DAY < ?", filter.closing().from().toEpochDay(),
                    filter.closing().to().toEpochDay());
        }
        if (filter.foldedText() != null) {
            String pattern = "%" + likeLiteral(filter.foldedText()) + "%";
            query.append("AND (LOWER(o.SUMMARY) LIKE ? ESCAPE '" + LIKE_ESCAPE + "' OR LOWER(o.ISSUE_KEY) LIKE ? ESCAPE '"
                    + LIKE_ESCAPE + "')", pattern, pattern);
        }
        Map<String, List<BoardCard>> byStage = query.append("ORDER BY o.ENTERED_AT, o.PROJECT_KEY, o.ISSUE_NUMBER")
                .query(session, rows -> {
                    Map<String, List<BoardCard>> read = new HashMap<>();
                    while (rows.next()) {
                        Stage stage = pipeline.stage(rows.getString(1)).orElseThrow();
                        double days = (millis(now) - rows.getLong(2)) / MS_PER_DAY;
                        long closeDay = rows.getLong(7);
                        LocalDate close = rows.wasNull() ? null : LocalDate.ofEpochDay(closeDay);
                        read.computeIfAbsent(stage.key(), k -> new ArrayList<>()).add(new BoardCard(rows.getString(3),
                                rows.getString(4), Sql.nullableDouble(rows, 5), rows.getString(6), close, days,
                                BoardColumns.rotting(stage, days)));
                    }
                    return read;
                });
        List<BoardColumn> columns = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            if (stageKey == null || stageKey.equals(stage.key())) {
                columns.add(BoardColumns.of(stage, byStage.getOrDefault(stage.key(), List.of()), visibility, page));
            }
        }
        return columns;
    }

    /** The text with every LIKE wildcard and the escape character itself made literal. */
    static String likeLiteral(String text) {
        StringBuilder literal = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                literal.append(LIKE_ESCAPE);
            }
            literal.append(c);
        }
        return literal.toString();
    }
}
