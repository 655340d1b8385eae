package org.salespipeline.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Exact medians in the database: reads only the one or two middle rows of an ordered query. */
final class Medians {

    private Medians() {
    }

    /**
     * The median of the first column of {@code ordered} (which must end in ORDER BY that value) over
     * {@code count} rows; null when there are none.
     */
    static Double median(Connection connection, Sql ordered, int count) throws SQLException {
        if (count == 0) {
            return null;
        }
        int middle = (count - 1) / 2;
        int take = count % 2 == 1 ? 1 : 2;
        return ordered.append("OFFSET " + middle + " ROWS FETCH NEXT " + take + " ROWS ONLY").query(connection, rows -> {
            double sum = 0;
            int read = 0;
            while (rows.next()) {
                sum += rows.getDouble(1);
                read++;
            }
            return read == 0 ? null : sum / read;
        });
    }
}
