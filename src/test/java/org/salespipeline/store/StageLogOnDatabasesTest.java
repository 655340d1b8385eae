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

/** The stage log's guarantees, its rebuild and bulk replace, and the BANT notes, on HSQLDB 2.7 and on embedded PostgreSQL. */
public final class StageLogOnDatabasesTest {

    private StageLogOnDatabasesTest() {
    }

    /** On HSQLDB. */
    @RunWith(ActiveObjectsJUnitRunner.class)
    @Jdbc(HsqlMvcc.class)
    @NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
            sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
            index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
    public static class OnHsqldbTest extends StageLogContract {
    }

    /** On PostgreSQL. */
    @RunWith(ActiveObjectsJUnitRunner.class)
    @Jdbc(EmbeddedPostgresJdbc.class)
    @NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
            sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
            index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
    public static class OnPostgresTest extends StageLogContract {
    }

    /** Rebuilds on HSQLDB. */
    @RunWith(ActiveObjectsJUnitRunner.class)
    @Jdbc(HsqlMvcc.class)
    @NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
            sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
            index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
    public static class RebuildOnHsqldbTest extends HistoryRebuildContract {
    }

    /** Rebuilds on PostgreSQL. */
    @RunWith(ActiveObjectsJUnitRunner.class)
    @Jdbc(EmbeddedPostgresJdbc.class)
    @NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
            sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
            index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
    public static class RebuildOnPostgresTest extends HistoryRebuildContract {
    }

    /** Bulk replacement on HSQLDB. */
    @RunWith(ActiveObjectsJUnitRunner.class)
    @Jdbc(HsqlMvcc.class)
    @NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
            sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
            index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
    public static class BulkOnHsqldbTest extends BulkReplaceContract {
    }

    /** Bulk replacement on PostgreSQL. */
    @RunWith(ActiveObjectsJUnitRunner.class)
    @Jdbc(EmbeddedPostgresJdbc.class)
    @NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
            sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
            index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
    public static class BulkOnPostgresTest extends BulkReplaceContract {
    }

    /** BANT notes on HSQLDB. */
    @RunWith(ActiveObjectsJUnitRunner.class)
    @Jdbc(HsqlMvcc.class)
    @NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
            sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
            index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
    public static class NotesOnHsqldbTest extends BantNotesContract {
    }

    /** BANT notes on PostgreSQL. */
    @RunWith(ActiveObjectsJUnitRunner.class)
    @Jdbc(EmbeddedPostgresJdbc.class)
    @NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
            sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
            index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
    public static class NotesOnPostgresTest extends BantNotesContract {
    }
}
