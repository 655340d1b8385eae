package org.salespipeline.demo;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import net.java.ao.EntityManager;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Runs the {@code <ao>} module's upgrade tasks as Active Objects does when the app starts: each task whose model
 * version is above the stored one, in the descriptor's order, built by the plugin's container (its constructor
 * arguments are the app's components), and then stores the version reached. Jira keeps that version in its own
 * property tables; the demo keeps it in a one-row table of its own beside the app's.
 */
public final class DemoUpgrades {

    static final String TABLE = "SP_DEMO_AO_MODEL_VERSION";

    private DemoUpgrades() {
    }

    /** Runs the pending tasks; answers the model version the store is at afterwards. */
    public static ModelVersion run(PluginDescriptor descriptor, GenericApplicationContext plugin, EntityManager entityManager) {
        ModelVersion current = stored(entityManager);
        ActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        AutowireCapableBeanFactory container = plugin.getAutowireCapableBeanFactory();
        for (String name : descriptor.aoUpgradeTasks()) {
            ActiveObjectsUpgradeTask task;
            try {
                task = (ActiveObjectsUpgradeTask) container.createBean(Class.forName(name),
                        AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The <ao> module names a missing upgrade task " + name, e);
            }
            if (current.isOlderThan(task.getModelVersion())) {
                task.upgrade(current, ao);
                current = task.getModelVersion();
                store(entityManager, current);
            }
        }
        return current;
    }

    /** The model version the demo's store was last brought to; 0 for tables no upgrade task has touched. */
    public static ModelVersion stored(EntityManager entityManager) {
        try (Connection connection = entityManager.getProvider().getConnection();
                Statement statement = connection.createStatement()) {
            ensureTable(connection);
            try (ResultSet rows = statement.executeQuery("SELECT MODEL_VERSION FROM " + TABLE)) {
                return ModelVersion.valueOf(rows.next() ? String.valueOf(rows.getInt(1)) : null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the demo store's model version: " + e.getMessage(), e);
        }
    }

    private static void store(EntityManager entityManager, ModelVersion version) {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            ensureTable(connection);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM " + TABLE);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (MODEL_VERSION) VALUES (?)")) {
                insert.setInt(1, Integer.parseInt(version.toString()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the demo store's model version: " + e.getMessage(), e);
        }
    }

    private static void ensureTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if (TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE " + TABLE + " (MODEL_VERSION INTEGER NOT NULL)");
        }
    }
}
