package org.salespipeline.store;

import net.java.ao.test.jdbc.Jdbc;
import org.salespipeline.store.db.EmbeddedPostgresJdbc;
import org.salespipeline.store.db.HsqlMvcc;
import org.salespipeline.store.db.MariaDbJdbc;
import org.salespipeline.store.db.PostgresOwnSchemaJdbc;

/**
 * Every guarantee of the store on every database set-up the build runs: HSQLDB, PostgreSQL with the tables in
 * {@code public}, PostgreSQL with them in a schema that is not on the search path, and MariaDB standing in for
 * MySQL 8. Where MariaDB is not installed its classes skip, or fail under {@code -Ddatabase.required=true}.
 */
public final class StoreOnEveryDatabaseTest {

    private StoreOnEveryDatabaseTest() {
    }

    /** The stage log on HSQLDB 2.7 (multi-version), as the demo host runs it. */
    @Jdbc(HsqlMvcc.class)
    public static class StageLogOnHsqldbTest extends StageLogContract {
    }

    /** The stage log on PostgreSQL, tables in public. */
    @Jdbc(EmbeddedPostgresJdbc.class)
    public static class StageLogOnPostgresTest extends StageLogContract {
    }

    /** The stage log on PostgreSQL, tables in a schema off the search path. */
    @Jdbc(PostgresOwnSchemaJdbc.class)
    public static class StageLogOnPostgresOwnSchemaTest extends StageLogContract {
    }

    /** The stage log on MariaDB with MySQL 8's sql_mode, through MySQL's driver. */
    @Jdbc(MariaDbJdbc.class)
    public static class StageLogOnMariaDbTest extends StageLogContract {
    }

    /** History rebuilds on HSQLDB 2.7 (multi-version), as the demo host runs it. */
    @Jdbc(HsqlMvcc.class)
    public static class RebuildOnHsqldbTest extends HistoryRebuildContract {
    }

    /** History rebuilds on PostgreSQL, tables in public. */
    @Jdbc(EmbeddedPostgresJdbc.class)
    public static class RebuildOnPostgresTest extends HistoryRebuildContract {
    }

    /** History rebuilds on PostgreSQL, tables in a schema off the search path. */
    @Jdbc(PostgresOwnSchemaJdbc.class)
    public static class RebuildOnPostgresOwnSchemaTest extends HistoryRebuildContract {
    }

    /** History rebuilds on MariaDB with MySQL 8's sql_mode, through MySQL's driver. */
    @Jdbc(MariaDbJdbc.class)
    public static class RebuildOnMariaDbTest extends HistoryRebuildContract {
    }

    /** Bulk replacement on HSQLDB 2.7 (multi-version), as the demo host runs it. */
    @Jdbc(HsqlMvcc.class)
    public static class BulkOnHsqldbTest extends BulkReplaceContract {
    }

    /** Bulk replacement on PostgreSQL, tables in public. */
    @Jdbc(EmbeddedPostgresJdbc.class)
    public static class BulkOnPostgresTest extends BulkReplaceContract {
    }

    /** Bulk replacement on PostgreSQL, tables in a schema off the search path. */
    @Jdbc(PostgresOwnSchemaJdbc.class)
    public static class BulkOnPostgresOwnSchemaTest extends BulkReplaceContract {
    }

    /** Bulk replacement on MariaDB with MySQL 8's sql_mode, through MySQL's driver. */
    @Jdbc(MariaDbJdbc.class)
    public static class BulkOnMariaDbTest extends BulkReplaceContract {
    }

    /** BANT notes on HSQLDB 2.7 (multi-version), as the demo host runs it. */
    @Jdbc(HsqlMvcc.class)
    public static class NotesOnHsqldbTest extends BantNotesContract {
    }

    /** BANT notes on PostgreSQL, tables in public. */
    @Jdbc(EmbeddedPostgresJdbc.class)
    public static class NotesOnPostgresTest extends BantNotesContract {
    }

    /** BANT notes on PostgreSQL, tables in a schema off the search path. */
    @Jdbc(PostgresOwnSchemaJdbc.class)
    public static class NotesOnPostgresOwnSchemaTest extends BantNotesContract {
    }

    /** BANT notes on MariaDB with MySQL 8's sql_mode, through MySQL's driver. */
    @Jdbc(MariaDbJdbc.class)
    public static class NotesOnMariaDbTest extends BantNotesContract {
    }

    /** Users' app languages on HSQLDB 2.7 (multi-version), as the demo host runs it. */
    @Jdbc(HsqlMvcc.class)
    public static class LanguagesOnHsqldbTest extends LanguageChoicesContract {
    }

    /** Users' app languages on PostgreSQL, tables in public. */
    @Jdbc(EmbeddedPostgresJdbc.class)
    public static class LanguagesOnPostgresTest extends LanguageChoicesContract {
    }

    /** Users' app languages on PostgreSQL, tables in a schema off the search path. */
    @Jdbc(PostgresOwnSchemaJdbc.class)
    public static class LanguagesOnPostgresOwnSchemaTest extends LanguageChoicesContract {
    }

    /** Users' app languages on MariaDB with MySQL 8's sql_mode, through MySQL's driver. */
    @Jdbc(MariaDbJdbc.class)
    public static class LanguagesOnMariaDbTest extends LanguageChoicesContract {
    }

    /** Users' last board filters on HSQLDB 2.7 (multi-version), as the demo host runs it. */
    @Jdbc(HsqlMvcc.class)
    public static class BoardFiltersOnHsqldbTest extends BoardFilterMemoryContract {
    }

    /** Users' last board filters on PostgreSQL, tables in public. */
    @Jdbc(EmbeddedPostgresJdbc.class)
    public static class BoardFiltersOnPostgresTest extends BoardFilterMemoryContract {
    }

    /** Users' last board filters on PostgreSQL, tables in a schema off the search path. */
    @Jdbc(PostgresOwnSchemaJdbc.class)
    public static class BoardFiltersOnPostgresOwnSchemaTest extends BoardFilterMemoryContract {
    }

    /** Users' last board filters on MariaDB with MySQL 8's sql_mode, through MySQL's driver. */
    @Jdbc(MariaDbJdbc.class)
    public static class BoardFiltersOnMariaDbTest extends BoardFilterMemoryContract {
    }

    /** Metrics equal to the reference on HSQLDB 2.7 (multi-version), as the demo host runs it. */
    @Jdbc(HsqlMvcc.class)
    public static class MetricsOnHsqldbTest extends MetricsEquivalenceContract {
    }

    /** Metrics equal to the reference on PostgreSQL, tables in public. */
    @Jdbc(EmbeddedPostgresJdbc.class)
    public static class MetricsOnPostgresTest extends MetricsEquivalenceContract {
    }

    /** Metrics equal to the reference on PostgreSQL, tables in a schema off the search path. */
    @Jdbc(PostgresOwnSchemaJdbc.class)
    public static class MetricsOnPostgresOwnSchemaTest extends MetricsEquivalenceContract {
    }

    /** Metrics equal to the reference on MariaDB with MySQL 8's sql_mode, through MySQL's driver. */
    @Jdbc(MariaDbJdbc.class)
    public static class MetricsOnMariaDbTest extends MetricsEquivalenceContract {
    }

    /** The schema on HSQLDB 2.7 (multi-version), as the demo host runs it. */
    @Jdbc(HsqlMvcc.class)
    public static class SchemaOnHsqldbTest extends SchemaContract {
    }

    /** The schema on PostgreSQL, tables in public. */
    @Jdbc(EmbeddedPostgresJdbc.class)
    public static class SchemaOnPostgresTest extends SchemaContract {
    }

    /** The schema on PostgreSQL, tables in a schema off the search path. */
    @Jdbc(PostgresOwnSchemaJdbc.class)
    public static class SchemaOnPostgresOwnSchemaTest extends SchemaContract {
    }

    /** The schema on MariaDB with MySQL 8's sql_mode, through MySQL's driver. */
    @Jdbc(MariaDbJdbc.class)
    public static class SchemaOnMariaDbTest extends SchemaContract {
    }

    /** Migration from the released schema on HSQLDB 2.7 (multi-version), as the demo host runs it. */
    @Jdbc(HsqlMvcc.class)
    public static class MigrationOnHsqldbTest extends SchemaMigrationContract {
    }

    /** Migration from the released schema on PostgreSQL, tables in public. */
    @Jdbc(EmbeddedPostgresJdbc.class)
    public static class MigrationOnPostgresTest extends SchemaMigrationContract {
    }

    /** Migration from the released schema on PostgreSQL, tables in a schema off the search path. */
    @Jdbc(PostgresOwnSchemaJdbc.class)
    public static class MigrationOnPostgresOwnSchemaTest extends SchemaMigrationContract {
    }

    /** Migration from the released schema on MariaDB with MySQL 8's sql_mode, through MySQL's driver. */
    @Jdbc(MariaDbJdbc.class)
    public static class MigrationOnMariaDbTest extends SchemaMigrationContract {
    }

    /** The drill-down selections on HSQLDB 2.7 (multi-version), as the demo host runs it. */
    @Jdbc(HsqlMvcc.class)
    public static class DealSetsOnHsqldbTest extends DealSetsContract {
    }

    /** The drill-down selections on PostgreSQL, tables in public. */
    @Jdbc(EmbeddedPostgresJdbc.class)
    public static class DealSetsOnPostgresTest extends DealSetsContract {
    }

    /** The drill-down selections on PostgreSQL, tables in a schema off the search path. */
    @Jdbc(PostgresOwnSchemaJdbc.class)
    public static class DealSetsOnPostgresOwnSchemaTest extends DealSetsContract {
    }

    /** The drill-down selections on MariaDB with MySQL 8's sql_mode, through MySQL's driver. */
    @Jdbc(MariaDbJdbc.class)
    public static class DealSetsOnMariaDbTest extends DealSetsContract {
    }

    /** The flow equal to the reference on HSQLDB 2.7 (multi-version), as the demo host runs it. */
    @Jdbc(HsqlMvcc.class)
    public static class FlowOnHsqldbTest extends FlowEquivalenceContract {
    }

    /** The flow equal to the reference on PostgreSQL, tables in public. */
    @Jdbc(EmbeddedPostgresJdbc.class)
    public static class FlowOnPostgresTest extends FlowEquivalenceContract {
    }

    /** The flow equal to the reference on PostgreSQL, tables in a schema off the search path. */
    @Jdbc(PostgresOwnSchemaJdbc.class)
    public static class FlowOnPostgresOwnSchemaTest extends FlowEquivalenceContract {
    }

    /** The flow equal to the reference on MariaDB with MySQL 8's sql_mode, through MySQL's driver. */
    @Jdbc(MariaDbJdbc.class)
    public static class FlowOnMariaDbTest extends FlowEquivalenceContract {
    }

    /** Win probabilities equal to the reference on HSQLDB 2.7 (multi-version), as the demo host runs it. */
    @Jdbc(HsqlMvcc.class)
    public static class WinProbabilitiesOnHsqldbTest extends WinProbabilityEquivalenceContract {
    }

    /** Win probabilities equal to the reference on PostgreSQL, tables in public. */
    @Jdbc(EmbeddedPostgresJdbc.class)
    public static class WinProbabilitiesOnPostgresTest extends WinProbabilityEquivalenceContract {
    }

    /** Win probabilities equal to the reference on PostgreSQL, tables in a schema off the search path. */
    @Jdbc(PostgresOwnSchemaJdbc.class)
    public static class WinProbabilitiesOnPostgresOwnSchemaTest extends WinProbabilityEquivalenceContract {
    }

    /** Win probabilities equal to the reference on MariaDB with MySQL 8's sql_mode, through MySQL's driver. */
    @Jdbc(MariaDbJdbc.class)
    public static class WinProbabilitiesOnMariaDbTest extends WinProbabilityEquivalenceContract {
    }

    /** The forecast's deals equal to the ones recorded on HSQLDB 2.7 (multi-version), as the demo host runs it. */
    @Jdbc(HsqlMvcc.class)
    public static class ForecastOnHsqldbTest extends ForecastEquivalenceContract {
    }

    /** The forecast's deals equal to the ones recorded on PostgreSQL, tables in public. */
    @Jdbc(EmbeddedPostgresJdbc.class)
    public static class ForecastOnPostgresTest extends ForecastEquivalenceContract {
    }

    /** The forecast's deals equal to the ones recorded on PostgreSQL, tables in a schema off the search path. */
    @Jdbc(PostgresOwnSchemaJdbc.class)
    public static class ForecastOnPostgresOwnSchemaTest extends ForecastEquivalenceContract {
    }

    /** The forecast's deals equal to the ones recorded on MariaDB with MySQL 8's sql_mode, through MySQL's driver. */
    @Jdbc(MariaDbJdbc.class)
    public static class ForecastOnMariaDbTest extends ForecastEquivalenceContract {
    }
}
