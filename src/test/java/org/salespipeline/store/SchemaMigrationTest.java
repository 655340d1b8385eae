package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.salespipeline.demo.PluginDescriptor;
import org.salespipeline.store.db.AppTableNames;
import org.salespipeline.store.db.EmbeddedPostgresJdbc;
import org.salespipeline.store.db.HsqlMvcc;

/** Every entity of the descriptor's AO module creates its table, named as Jira's AO names it, on both databases. */
public abstract class SchemaMigrationTest {

    protected EntityManager entityManager;

    @Test
    @NonTransactional
    @SuppressWarnings("unchecked")
    public void everyEntityCreatesItsPrefixedTable() throws Exception {
        List<Class<? extends RawEntity<?>>> entities = PluginDescriptor.load().aoEntities();
        entityManager.migrate(entities.toArray(new Class[0]));

        List<String> tables = new ArrayList<>();
        try (Connection connection = entityManager.getProvider().getConnection();
                ResultSet rs = connection.getMetaData().getTables(null, null, AoNaming.TABLE_PREFIX + "%", null)) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(tables).contains(Schema.unquoted(Schema.DEAL), Schema.unquoted(Schema.STAY),
                Schema.unquoted(Schema.TRANSITION), AoNaming.table("PIPELINE"), AoNaming.table("STAGE"),
                AoNaming.table("STATUS_MAP"), AoNaming.table("CHECK_ITEM"), AoNaming.table("CHECK_MARK"));
    }

    /** On HSQLDB 2.7. */
    @RunWith(ActiveObjectsJUnitRunner.class)
    @Jdbc(HsqlMvcc.class)
    @NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
            sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
            index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
    public static class OnHsqldbTest extends SchemaMigrationTest {
    }

    /** On embedded PostgreSQL. */
    @RunWith(ActiveObjectsJUnitRunner.class)
    @Jdbc(EmbeddedPostgresJdbc.class)
    @NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
            sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
            index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
    public static class OnPostgresTest extends SchemaMigrationTest {
    }
}
