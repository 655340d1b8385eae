package org.salespipeline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A SQL statement built up with its parameters, so that conditions can be added as a metric needs them. */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql(String start, Object... parameters) {
        append(start, parameters);
    }

    Sql append(String more, Object... values) {
        text.append(' ').append(more);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Adds {@code AND d.OWNER = ?} when the metric is for one owner. */
    Sql ownedBy(String owner) {
        return owner == null ? this : append("AND d." + Schema.OWNER + " = ?", owner);
    }

    <T> T query(Connection connection, RowsReader<T> reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
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
        return text.toString().trim();
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
