package org.salespipeline.jira;

import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import org.salespipeline.store.SqlDialect;
import org.salespipeline.store.SqlReader;
import org.salespipeline.store.SqlSession;
import org.salespipeline.store.StoreException;

/**
 * Runs the store's read-only SQL in Jira through SAL's transactional executor, on Jira's own database: each
 * read is one transaction, in the schema Jira keeps its tables in.
 */
public class SalSqlReader implements SqlReader {

    private final TransactionalExecutorFactory executorFactory;
    private volatile SqlDialect dialect;

    public SalSqlReader(TransactionalExecutorFactory executorFactory) {
        this.executorFactory = executorFactory;
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        TransactionalExecutor executor = executorFactory.createExecutor(true, false);
        return executor.execute(connection -> {
            try {
                return work.run(new SqlSession(connection, dialect(executor, connection)));
            } catch (SQLException e) {
                throw new StoreException("Reading the pipeline tables failed: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public SqlDialect dialect() {
        SqlDialect known = dialect;
        if (known != null) {
            return known;
        }
        TransactionalExecutor executor = executorFactory.createExecutor(true, false);
        return executor.execute(connection -> {
            try {
                return dialect(executor, connection);
            } catch (SQLException e) {
                throw new StoreException("Reading the database's metadata failed: " + e.getMessage(), e);
            }
        });
    }

    private SqlDialect dialect(TransactionalExecutor executor, Connection connection) throws SQLException {
        if (dialect == null) {
            String schema = schemaName(executor);
            dialect = SqlDialect.of(connection.getMetaData(), schema != null ? schema : connection.getSchema());
        }
        return dialect;
    }

    /**
     * The schema Jira is configured with ({@code getSchemaName()} of SAL's executor), or null when it has none
     * or this SAL does not say. Its return type is an option type that differs between SAL versions, so it is
     * read by name: {@code getOrNull()} of Fugue's options, {@code orElse(null)} of Java's.
     */
    static String schemaName(Object executor) {
        try {
            Method getter = HostService.publicMethod(executor.getClass(), "getSchemaName");
            Object option = getter == null ? null : getter.invoke(executor);
            if (option == null) {
                return null;
            }
            Method fugue = HostService.publicMethod(option.getClass(), "getOrNull");
            Object value = fugue != null ? fugue.invoke(option)
                    : HostService.publicMethod(option.getClass(), "orElse", Object.class).invoke(option, (Object) null);
            return value instanceof String name && !name.isBlank() ? name : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unknown) {
            return null;
        }
    }
}
