package org.salespipeline.demo;

import java.sql.Connection;
import java.sql.SQLException;
import net.java.ao.EntityManager;
import org.salespipeline.store.SqlReader;
import org.salespipeline.store.StoreException;

/** The store's SQL port over an AO entity manager's own connections, as tests and the demo host use it. */
public final class EntityManagerSqlReader implements SqlReader {

    private final EntityManager entityManager;

    public EntityManagerSqlReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Reading the pipeline tables failed: " + e.getMessage(), e);
        }
    }
}
