package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;
import org.salespipeline.demo.EntityManagerSqlReader;
import org.salespipeline.demo.PluginDescriptor;

/**
 * Every entity of the descriptor's AO module creates its table, named as Jira's AO names it, in the schema the
 * entity manager is configured with; the store's dialect names that same schema.
 */
public abstract class SchemaContract extends StoreContract {

    @Test
    @NonTransactional
    @SuppressWarnings("unchecked")
    public void everyEntityCreatesItsPrefixedTable() throws Exception {
        List<Class<? extends RawEntity<?>>> entities = PluginDescriptor.load().aoEntities();
        entityManager.migrate(entities.toArray(new Class[0]));

        List<String> tables = new ArrayList<>();
        String configured = entityManager.getProvider().getSchema();
        try (Connection connection = entityManager.getProvider().getConnection();
                ResultSet rs = connection.getMetaData().getTables(null, null, AoNaming.TABLE_PREFIX + "%", null)) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
                if (configured != null && !configured.isBlank()) {
                    assertThat(rs.getString("TABLE_SCHEM")).as(rs.getString("TABLE_NAME")).isEqualToIgnoringCase(configured);
                }
            }
        }
        assertThat(new EntityManagerSqlReader(entityManager).dialect().schema())
                .isEqualToIgnoringCase(configured == null || configured.isBlank() ? currentSchema() : configured);
        assertThat(tables).contains(Schema.unquoted(Schema.DEAL), Schema.unquoted(Schema.STAY),
                Schema.unquoted(Schema.TRANSITION), AoNaming.table("PIPELINE"), AoNaming.table("STAGE"),
                AoNaming.table("STATUS_MAP"), AoNaming.table("CHECK_ITEM"), AoNaming.table("CHECK_MARK"));
    }

    private String currentSchema() throws java.sql.SQLException {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            return connection.getSchema();
        }
    }
}
