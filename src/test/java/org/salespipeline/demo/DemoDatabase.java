package org.salespipeline.demo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * An existing PostgreSQL or MySQL-family database the demo host was pointed at. MySQL URLs get
     * {@code nullDatabaseMeansCurrent=true} unless they say otherwise, so that AO's look-ups of existing tables
     * see the URL's database only, not same-named tables in other databases of the server.
     */
    public static EntityManager existing(DemoOptions.JdbcDatabase database) {
        String url = database.url();
        if (database.isMySql() && !url.toLowerCase(Locale.ROOT).contains("nulldatabasemeanscurrent")) {
            url += (url.contains("?") ? "&" : "?") + "nullDatabaseMeansCurrent=true";
        }
        EntityManager entityManager;
        try {
            entityManager = open(url, database.user(), database.password(), database.schema());
        } catch (RuntimeException e) {
            // Active Objects asks the database about itself as it builds the entity manager, and says only that.
            throw new IllegalStateException("Could not connect to " + database + ": " + rootMessage(e), e);
        }
        try {
            check(entityManager, database);
        } catch (RuntimeException e) {
            entityManager.getProvider().dispose();
            throw e;
        }
        return entityManager;
    }

    /**
     * Connects once and refuses to go on when the configured schema does not exist, with a message saying so:
     * AO would otherwise fail on its first table, less clearly.
     */
    private static void check(EntityManager entityManager, DemoOptions.JdbcDatabase database) {
        String schema = database.schema();
        List<String> schemas = new ArrayList<>();
        try (Connection connection = entityManager.getProvider().getConnection()) {
            if (schema == null) {
                return;
            }
            try (ResultSet rs = connection.getMetaData().getSchemas()) {
                while (rs.next()) {
                    schemas.add(rs.getString("TABLE_SCHEM"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect to " + database + ": " + rootMessage(e), e);
        }
        if (!schemas.contains(schema)) {
            String hint = schemas.stream().filter(schema::equalsIgnoreCase).findFirst()
                    .map(similar -> " (it has " + similar + ": give the name exactly as the database stores it)").orElse("");
            throw new IllegalStateException("The database has no schema " + schema + hint + ". Create it first "
                    + "(CREATE SCHEMA " + schema + "), or leave out --jdbc-schema to use the connection's own schema.");
        }
    }

    /** The database's own words: the first SQL exception's message in the chain of causes, else the last cause's. */
    private static String rootMessage(Throwable e) {
        Throwable last = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return t.getMessage();
            }
            last = t;
        }
        return last.getMessage() != null ? last.getMessage() : String.valueOf(e.getMessage());
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
