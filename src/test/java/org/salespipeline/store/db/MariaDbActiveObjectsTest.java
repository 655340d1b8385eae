package org.salespipeline.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
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
import org.salespipeline.store.AoNaming;
import org.salespipeline.store.DealEntity;

/** Active Objects creates the app's tables on the MariaDB server and reads and writes a deal through MySQL's driver. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(MariaDbJdbc.class)
@NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
        sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
        index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
public class MariaDbActiveObjectsTest {

    private EntityManager entityManager;

    @Test
    @NonTransactional
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void everyEntityCreatesAnInnoDbTableInBinaryUtf8mb4() throws Exception {
        List<Class<? extends RawEntity<?>>> entities = PluginDescriptor.load().aoEntities();
        entityManager.migrate(entities.toArray(new Class[0]));

        String deal = AoNaming.table("DEAL");
        List<String> tables = new ArrayList<>();
        try (Connection connection = entityManager.getProvider().getConnection();
                ResultSet rs = connection.getMetaData().getTables(null, null, AoNaming.TABLE_PREFIX + "%", null)) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(tables).contains(deal);

        try (Connection connection = entityManager.getProvider().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT ENGINE, TABLE_COLLATION"
                        + " FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?")) {
            statement.setString(1, deal);
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("ENGINE")).isEqualTo("InnoDB");
                assertThat(rs.getString("TABLE_COLLATION")).isEqualTo("utf8mb4_bin");
            }
        }
    }

    @Test
    @NonTransactional
    @SuppressWarnings("unchecked")
    public void aDealIsWrittenAndReadBackAPageAtATime() throws Exception {
        entityManager.migrate(DealEntity.class);
        for (long issue = 1; issue <= 3; issue++) {
            entityManager.create(DealEntity.class, new DBParam("ISSUE_ID", issue), new DBParam("PROJECT_KEY", "SALES"),
                    new DBParam("ISSUE_KEY", "SALES-" + issue), new DBParam("SUMMARY", "Fetch Ltd renewal " + issue));
        }

        DealEntity[] page = entityManager.find(DealEntity.class,
                Query.select().where("PROJECT_KEY = ?", "SALES").order("ISSUE_ID").offset(1).limit(1));

        assertThat(page).extracting(DealEntity::getIssueKey).containsExactly("SALES-2");
    }
}
