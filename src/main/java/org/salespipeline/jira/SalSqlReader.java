package org.salespipeline.jira;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.SQLException;
import org.salespipeline.store.SqlReader;
import org.salespipeline.store.StoreException;

/** Runs the store's read-only SQL in Jira through SAL's transactional executor, on Jira's own database. */
public class SalSqlReader implements SqlReader {

    private final TransactionalExecutorFactory executorFactory;

    public SalSqlReader(TransactionalExecutorFactory executorFactory) {
        this.executorFactory = executorFactory;
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return executorFactory.createExecutor(true, false).execute(connection -> {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StoreException("Reading the pipeline tables failed: " + e.getMessage(), e);
            }
        });
    }
}
