package org.salespipeline.store;

import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;
import org.salespipeline.store.db.AppTableNames;
import org.salespipeline.store.db.EmbeddedPostgresJdbc;
import org.salespipeline.store.db.HsqlMvcc;

/** The database metrics match the reference on HSQLDB 2.7 and on embedded PostgreSQL. */
public final class MetricsEquivalenceTest {

    private MetricsEquivalenceTest() {
    }

    /** On HSQLDB. */
    @RunWith(ActiveObjectsJUnitRunner.class)
    @Jdbc(HsqlMvcc.class)
    @NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
            sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
            index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
    public static class OnHsqldbTest extends MetricsEquivalenceContract {
        @Override
        protected long seed() {
            return 4101L;
        }
    }

    /** On PostgreSQL. */
    @RunWith(ActiveObjectsJUnitRunner.class)
    @Jdbc(EmbeddedPostgresJdbc.class)
    @NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
            sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
            index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
    public static class OnPostgresTest extends MetricsEquivalenceContract {
        @Override
        protected long seed() {
            return 4202L;
        }
    }
}
