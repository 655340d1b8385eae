package org.salespipeline.demo;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.SQLException;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/** The Active Objects service over a plain AO {@link EntityManager}, as the demo host and store tests provide it. */
public final class EntityManagerActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return unchecked(() -> entityManager.count(type));
    }

    private static <T> T unchecked(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new IllegalStateException("Active Objects call failed: " + e.getMessage(), e);
        }
    }

    /** A call into AO that may throw {@link SQLException}. */
    private interface SqlCall<T> {
        T run() throws SQLException;
    }
}
