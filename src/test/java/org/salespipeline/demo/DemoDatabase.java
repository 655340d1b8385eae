package org.salespipeline.demo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithDatabaseProperties;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.schema.NameConverters;
import org.salespipeline.store.AoNaming;

/** An AO {@link EntityManager} named the way Jira's AO names this app's tables, on any JDBC URL. */
public final class DemoDatabase {

    private DemoDatabase() {
    }

    /** An HSQLDB file database with cached tables under {@code directory}. */
    public static EntityManager hsqldbFile(Path directory) {
        String url = "jdbc:hsqldb:file:" + directory.resolve("sales-pipeline").toAbsolutePath()
                + ";hsqldb.default_table_type=cached;hsqldb.tx=mvcc";
        return open(url, "SA", "");
    }

    public static EntityManager open(String url, String user, String password) {
        return open(url, user, password, null);
    }

    /**
     * An entity manager on the URL's database that creates and reads the app's tables in {@code schema}, as Jira's
     * AO does when Jira is configured with a schema; null or blank for the connection's default schema.
     */
    public static EntityManager open(String url, String user, String password, String schema) {
        EntityManagerBuilderWithDatabaseProperties builder = EntityManagerBuilder.url(url).username(user)
                .password(password).schema(schema == null || schema.isBlank() ? null : schema).auto();
        NameConverters names = nameConverters();
        return builder
                .tableNameConverter(names.getTableNameConverter())
                .fieldNameConverter(names.getFieldNameConverter())
                .sequenceNameConverter(names.getSequenceNameConverter())
                .triggerNameConverter(names.getTriggerNameConverter())
                .indexNameConverter(names.getIndexNameConverter())
                .uniqueNameConverter(names.getUniqueNameConverter())
                .build();
    }

    /** Atlassian's name converters with this app's table prefix: the names Jira's AO gives the app's tables. */
    public static NameConverters nameConverters() {
        return new SimpleNameConverters(
                new AtlassianTableNameConverter(name -> AoNaming.TABLE_PREFIX + "_" + name),
                new AtlassianFieldNameConverter(), new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(), new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
    }

    /** Closes the database cleanly: HSQLDB writes its files and releases its lock; pooled connections close. */
    public static void close(EntityManager entityManager) {
        try (Connection connection = entityManager.getProvider().getConnection();
                Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getURL().startsWith("jdbc:hsqldb:")) {
                statement.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            System.err.println("The demo database did not shut down cleanly: " + e.getMessage());
        }
        entityManager.getProvider().dispose();
    }

    /** Creates or updates the tables of the given entities, as AO does when the app starts. */
    @SuppressWarnings("unchecked")
    public static void migrate(EntityManager entityManager, List<Class<? extends RawEntity<?>>> entities) {
        try {
            entityManager.migrate(entities.toArray(new Class[0]));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the app's tables: " + e.getMessage(), e);
        }
    }
}
