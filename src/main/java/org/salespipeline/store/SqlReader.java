package org.salespipeline.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one port through which the store runs aggregating SQL on the database that holds its tables:
 * SAL's transactional executor in Jira, the Active Objects entity manager's connection elsewhere.
 */
public interface SqlReader {

    /** Runs read-only work on a connection; SQL failures come back as {@link StoreException}. */
    <T> T read(SqlWork<T> work);

    /** Read-only work on a JDBC connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
