package org.salespipeline.store;

import java.sql.SQLException;

/**
 * The one port through which the store runs aggregating SQL on the database that holds its tables:
 * SAL's transactional executor in Jira, the Active Objects entity manager's connection elsewhere.
 */
public interface SqlReader {

    /**
     * Runs read-only work in one transaction, so that the statements of one answer read the tables together;
     * SQL failures come back as {@link StoreException}.
     */
    <T> T read(SqlWork<T> work);

    /** The dialect of the database that holds the app's tables, with their schema. */
    SqlDialect dialect();

    /** Read-only work on a connection and its dialect. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(SqlSession session) throws SQLException;
    }
}
