package org.salespipeline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A SQL statement built up with its parameters, so that conditions can be added as a metric needs them. It is
 * written in standard SQL with double-quoted names and rendered for one database by its {@link SqlDialect}.
 */
final class Sql {

    private static final int STREAM_FETCH_SIZE = 2_000;

    private final List<Function<SqlDialect, String>> parts = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    Sql(String start, Object... parameters) {
        append(start, parameters);
    }

    Sql append(String more, Object... values) {
        parts.add(dialect -> dialect.render(more));
        parameters.addAll(List.of(values));
        return this;
    }

    /** Appends another statement's text and parameters, as a subquery or a part of this one. */
    Sql append(Sql more) {
        parts.addAll(more.parts);
        parameters.addAll(more.parameters);
        return this;
    }

    /** Reads at most {@code rows} rows after skipping {@code offset}; the statement must end in ORDER BY. */
    Sql page(long offset, int rows) {
        parts.add(dialect -> dialect.page(offset, rows));
        return this;
    }

    /** Adds {@code AND} a condition that {@code column} holds one of the stages (see {@link SqlDialect#inStage}). */
    Sql inStage(String column, List<String> stageKeys) {
        List<String> keys = List.copyOf(stageKeys);
        parts.add(dialect -> dialect.render("AND " + dialect.inStage(column, keys)));
        return this;
    }

    /** Where the table whose rows are locked has just been named: SQL Server's hint goes here. */
    Sql lockHint() {
        parts.add(SqlDialect::lockHint);
        return this;
    }

    /** Ends a read that locks its rows for update. */
    Sql lockClause() {
        parts.add(SqlDialect::lockClause);
        return this;
    }

    /** Adds {@code AND d.OWNER = ?} when the metric is for one owner. */
    Sql ownedBy(String owner) {
        return owner == null ? this : append("AND d." + Schema.OWNER + " = ?", owner);
    }

    /** The statement as this database reads it. */
    String render(SqlDialect dialect) {
        StringBuilder text = new StringBuilder();
        for (Function<SqlDialect, String> part : parts) {
            String rendered = part.apply(dialect);
            if (!rendered.isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(rendered.trim());
            }
        }
        return text.toString();
    }

    List<Object> parameters() {
        return List.copyOf(parameters);
    }

    <T> T query(SqlSession session, RowsReader<T> reader) throws SQLException {
        session.issued(this);
        try (PreparedStatement statement = session.connection().prepareStatement(render(session.dialect()))) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        }
    }

    /**
     * Reads the rows as they arrive, a few thousand at a time (row by row on MySQL, whose driver streams only so),
     * for reads too large to hold at once; the reader must not run other statements while it reads.
     */
    <T> T stream(SqlSession session, RowsReader<T> reader) throws SQLException {
        session.issued(this);
        try (PreparedStatement statement = session.connection().prepareStatement(render(session.dialect()),
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(session.dialect().product() == SqlDialect.Product.MYSQL ? Integer.MIN_VALUE
                    : STREAM_FETCH_SIZE);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        }
    }

    @Override
    public String toString() {
        return render(SqlDialect.of(SqlDialect.Product.POSTGRESQL, null));
    }

    /** Reads a whole result set. */
    @FunctionalInterface
    interface RowsReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** The value of a nullable numeric column as a Double. */
    static Double nullableDouble(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
