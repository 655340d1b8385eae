package org.salespipeline.demo;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/** The Active Objects service over a plain AO {@link EntityManager}, as the demo host and store tests provide it. */
public final class EntityManagerActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;
    private final int isolation;

    /** Transactions at READ COMMITTED, the isolation Jira's own database connections use on every database. */
    public EntityManagerActiveObjects(EntityManager entityManager) {
        this(entityManager, Connection.TRANSACTION_READ_COMMITTED);
    }

    /** Transactions at the given {@link Connection} isolation level, to show what holds at stricter ones. */
    public EntityManagerActiveObjects(EntityManager entityManager, int isolation) {
        this.entityManager = entityManager;
        this.isolation = isolation;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** Creates or updates the tables of these entities only, dropping nothing, as Active Objects' migrate does. */
    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        unchecked(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return unchecked(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        unchecked(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return unchecked(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return unchecked(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return unchecked(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        unchecked(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters) {
        return unchecked(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return unchecked(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return unchecked(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return unchecked(() -> entityManager.count(type, criteria, parameters));
    }

    /** Runs the callback in one transaction at this service's isolation level. */
    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return unchecked(() -> new Transaction<T>(entityManager) {
            @Override
            protected T run() throws SQLException {
                // The transaction's connection is bound to this thread; AO starts it as SERIALIZABLE.
                entityManager.getProvider().getConnection().setTransactionIsolation(isolation);
                return callback.doInTransaction();
            }
        }.execute());
    }

    private static <T> T unchecked(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    /** A call into AO that may throw {@link SQLException}. */
    private interface SqlCall<T> {
        T run() throws SQLException;
    }

    /** An AO failure, unchecked as the Active Objects service reports them. */
    public static final class ActiveObjectsSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ActiveObjectsSqlException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        public SQLException sqlException() {
            return (SQLException) getCause();
        }
    }
}
