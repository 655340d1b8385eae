package org.salespipeline.demo;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import net.java.ao.EntityManager;

/**
 * SAL's transactional executor as the demo host offers it: connections of the AO entity manager's database, and
 * the schema that entity manager keeps the app's tables in, reported as Jira's SAL reports its configured schema.
 */
public final class EntityManagerExecutorFactory implements TransactionalExecutorFactory {

    private final EntityManager entityManager;

    public EntityManagerExecutorFactory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Executor createExecutor(boolean readOnly, boolean requiresNew) {
        return new Executor(entityManager, readOnly);
    }

    /**
     * One executor: each {@link #execute} runs on a connection of its own. Like Jira's SAL executor it has a
     * public {@link #getSchemaName()}, which the app reads by name.
     */
    public static final class Executor implements TransactionalExecutor {

        private final EntityManager entityManager;
        private final boolean readOnly;

        Executor(EntityManager entityManager, boolean readOnly) {
            this.entityManager = entityManager;
            this.readOnly = readOnly;
        }

        @Override
        public <A> A execute(ConnectionCallback<A> callback) {
            try (Connection connection = entityManager.getProvider().getConnection()) {
                // Inside an Active Objects transaction the provider hands out that transaction's connection, with
                // auto-commit off: the callback joins the transaction, as SAL's executor joins the current one when
                // no new one is required, and leaves its writes possible. A connection of its own is marked
                // read-only for the callback and writable again before it goes back to the pool.
                boolean marked = readOnly && connection.getAutoCommit();
                if (marked) {
                    connection.setReadOnly(true);
                }
                try {
                    return callback.execute(connection);
                } finally {
                    if (marked) {
                        connection.setReadOnly(false);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The demo database failed: " + e.getMessage(), e);
            }
        }

        /** The schema the entity manager was built with; empty when it names its tables without one. */
        public Optional<String> getSchemaName() {
            String schema = entityManager.getProvider().getSchema();
            return schema == null || schema.isBlank() ? Optional.empty() : Optional.of(schema);
        }
    }
}
