package org.salespipeline.demo;

import java.sql.Connection;
import java.sql.SQLException;
import net.java.ao.EntityManager;
import org.salespipeline.store.SqlDialect;
import org.salespipeline.store.SqlReader;
import org.salespipeline.store.SqlSession;
import org.salespipeline.store.StoreException;

/**
 * The store's SQL port over an AO entity manager's own connections, as tests and the demo host use it: each
 * read is one read-only transaction, in the schema the entity manager keeps the app's tables in.
 */
public final class EntityManagerSqlReader implements SqlReader {

    private final EntityManager entityManager;
    private volatile SqlDialect dialect;

    public EntityManagerSqlReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T answer = work.run(new SqlSession(connection, dialect(connection)));
                connection.commit();
                return answer;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the pipeline tables failed: " + e.getMessage(), e);
        }
    }

    @Override
    public SqlDialect dialect() {
        if (dialect == null) {
            try (Connection connection = entityManager.getProvider().getConnection()) {
                return dialect(connection);
            } catch (SQLException e) {
                throw new StoreException("Reading the database's metadata failed: " + e.getMessage(), e);
            }
        }
        return dialect;
    }

    private SqlDialect dialect(Connection connection) throws SQLException {
        if (dialect == null) {
            String schema = entityManager.getProvider().getSchema();
            dialect = SqlDialect.of(connection.getMetaData(), schema == null || schema.isBlank() ? connection.getSchema() : schema);
        }
        return dialect;
    }
}
