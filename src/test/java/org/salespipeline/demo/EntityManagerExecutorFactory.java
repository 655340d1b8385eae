package org.salespipeline.demo;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.SQLException;
import net.java.ao.EntityManager;

/** SAL's transactional executor as the demo host offers it: connections of the AO entity manager's database. */
public final class EntityManagerExecutorFactory implements TransactionalExecutorFactory {

    private final EntityManager entityManager;

    public EntityManagerExecutorFactory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new TransactionalExecutor() {
            @Override
            public <A> A execute(ConnectionCallback<A> callback) {
                try (Connection connection = entityManager.getProvider().getConnection()) {
                    // The connection goes back to the pool afterwards: leave it writable, as a pool hands it out.
                    boolean wasReadOnly = connection.isReadOnly();
                    connection.setReadOnly(readOnly);
                    try {
                        return callback.execute(connection);
                    } finally {
                        connection.setReadOnly(wasReadOnly);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("The demo database failed: " + e.getMessage(), e);
                }
            }
        };
    }
}
