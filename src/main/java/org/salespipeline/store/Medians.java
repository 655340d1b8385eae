package org.salespipeline.store;

import java.sql.SQLException;
import java.util.Arrays;

/**
 * Exact medians in the database: reads only the one or two middle rows of an ordered query, in the same
 * statement that counts the rows, so that the middle is the middle of what was counted.
 */
final class Medians {

    /**
     * Reads of the middle rows that may find a different count than the one those rows were chosen for (rows came or
     * went in between) before the median is read from every row at once instead.
     */
    private static final int ATTEMPTS = 5;

    private Medians() {
    }

    /**
     * The count, sum and median of a value over some rows, all as one statement read them; {@code held} is false when
     * the statement's guard found the rows were not what the caller took them for (then the figures mean nothing).
     */
    record Middle(int count, double sum, Double median, boolean held) {

        Middle(int count, double sum, Double median) {
            this(count, sum, median, true);
        }
    }

    /**
     * The count, sum and median of {@code value} over the rows of {@code fromWhere} (a FROM and WHERE
     * clause); {@code expectedCount} is the count read earlier, which picks the middle rows to read. When
     * rows came or went since, the count in the answer differs and the read is repeated with it.
     */
    static Middle middle(SqlSession session, String value, Sql fromWhere, int expectedCount) throws SQLException {
        return middle(session, value, fromWhere, expectedCount, null);
    }

    /**
     * As {@link #middle(SqlSession, String, Sql, int)}, with a {@code guard} read by the same statement: a query of
     * one row whose one column {@code G} is 1 while a condition the caller relies on holds and 0 when it does not, in
     * which case the answer says so and the caller asks again another way. A guard makes a cheaper {@code fromWhere}
     * exact, such as one without a window condition that excludes nothing.
     */
    static Middle middle(SqlSession session, String value, Sql fromWhere, int expectedCount, Sql guard)
            throws SQLException {
        int count = expectedCount;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (count == 0) {
                return new Middle(0, 0, null);
            }
            int middle = (count - 1) / 2;
            int take = count % 2 == 1 ? 1 : 2;
            Sql statement = new Sql("SELECT c.N, c.TOTAL, m.V" + (guard == null ? "" : ", g.G")
                    + " FROM (SELECT COUNT(*) AS N, SUM(" + value + ") AS TOTAL")
                    .append(fromWhere)
                    .append(") c LEFT JOIN (SELECT " + value + " AS V")
                    .append(fromWhere)
                    .append("ORDER BY " + value)
                    .page(middle, take)
                    .append(") m ON 1 = 1");
            if (guard != null) {
                statement.append("CROSS JOIN (").append(guard).append(") g");
            }
            int pickedFor = count;
            Middle read = statement.query(session, rows -> {
                int counted = 0;
                double total = 0;
                double sum = 0;
                int values = 0;
                boolean held = true;
                while (rows.next()) {
                    held = guard == null || rows.getInt(4) == 1;
                    counted = rows.getInt(1);
                    total = rows.getDouble(2);
                    double v = rows.getDouble(3);
                    if (!rows.wasNull()) {
                        sum += v;
                        values++;
                    }
                }
                return new Middle(counted, total, counted == pickedFor && values == take ? sum / values : null, held);
            });
            if (!read.held() || read.count() == pickedFor) {
                return read;
            }
            count = read.count();
        }
        return everyRow(session, value, fromWhere, guard);
    }

    /**
     * The count, sum and median read from every value in one statement, which sees the rows as one snapshot: slower
     * than reading the middle rows, and only taken while rows keep coming or going between the statements.
     */
    private static Middle everyRow(SqlSession session, String value, Sql fromWhere, Sql guard) throws SQLException {
        Sql statement = new Sql("SELECT c.N, c.TOTAL, m.V" + (guard == null ? "" : ", g.G")
                + " FROM (SELECT COUNT(*) AS N, SUM(" + value + ") AS TOTAL")
                .append(fromWhere)
                .append(") c LEFT JOIN (SELECT " + value + " AS V")
                .append(fromWhere)
                .append(") m ON 1 = 1");
        if (guard != null) {
            statement.append("CROSS JOIN (").append(guard).append(") g");
        }
        statement.append("ORDER BY m.V");
        return statement.query(session, rows -> {
            int counted = 0;
            double total = 0;
            boolean held = true;
            double[] values = new double[64];
            int read = 0;
            while (rows.next()) {
                held = guard == null || rows.getInt(4) == 1;
                counted = rows.getInt(1);
                total = rows.getDouble(2);
                double v = rows.getDouble(3);
                if (!rows.wasNull()) {
                    if (read == values.length) {
                        values = Arrays.copyOf(values, read * 2);
                    }
                    values[read++] = v;
                }
            }
            Double median = read == 0 ? null
                    : read % 2 == 1 ? values[read / 2] : (values[read / 2 - 1] + values[read / 2]) / 2;
            return new Middle(counted, total, median, held);
        });
    }
}
