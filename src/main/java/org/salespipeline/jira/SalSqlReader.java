package org.salespipeline.jira;

import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
            Object option = publicMethod(executor.getClass(), "getSchemaName").invoke(executor);
            if (option == null) {
                return null;
            }
            Object value;
            try {
                value = publicMethod(option.getClass(), "getOrNull").invoke(option);
            } catch (NoSuchMethodException notFugue) {
                value = publicMethod(option.getClass(), "orElse", Object.class).invoke(option, (Object) null);
            }
            return value instanceof String name && !name.isBlank() ? name : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unknown) {
            return null;
        }
    }

    /** A method as a public class or interface declares it, so that it can be called on a hidden implementation. */
    static Method publicMethod(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (Modifier.isPublic(c.getModifiers())) {
                return c.getMethod(name, parameters);
            }
            for (Class<?> face : c.getInterfaces()) {
                if (Modifier.isPublic(face.getModifiers())) {
                    try {
                        return face.getMethod(name, parameters);
                    } catch (NoSuchMethodException notHere) {
                        // another interface or a superclass may declare it
                    }
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }
}
