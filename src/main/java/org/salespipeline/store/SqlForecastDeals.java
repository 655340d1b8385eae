package org.salespipeline.store;

import static org.salespipeline.store.Schema.AMOUNT;
import static org.salespipeline.store.Schema.CLOSE_DAY;
import static org.salespipeline.store.Schema.CREATED_AT;
import static org.salespipeline.store.Schema.DEAL;
import static org.salespipeline.store.Schema.FIELD;
import static org.salespipeline.store.Schema.FIELD_CHANGE;
import static org.salespipeline.store.Schema.FROM_VALUE;
import static org.salespipeline.store.Schema.ID;
import static org.salespipeline.store.Schema.ISSUE_ID;
import static org.salespipeline.store.Schema.ISSUE_KEY;
import static org.salespipeline.store.Schema.ISSUE_NUMBER;
import static org.salespipeline.store.Schema.OCCURRED_AT;
import static org.salespipeline.store.Schema.OWNER;
import static org.salespipeline.store.Schema.PROJECT_KEY;
import static org.salespipeline.store.Schema.REASON;
import static org.salespipeline.store.Schema.SEQ;
import static org.salespipeline.store.Schema.STATUS_ID;
import static org.salespipeline.store.Schema.SUMMARY;
import static org.salespipeline.store.Schema.TO_VALUE;
import static org.salespipeline.store.Schema.TRANSITION;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.salespipeline.forecast.ForecastDeals;
import org.salespipeline.history.DealField;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.StatusChange;
import org.salespipeline.metrics.DealRecord;

/**
 * Every deal of a project with its logged status changes and field changes, read in one streamed statement ordered by
 * issue number and handed over one deal at a time, so that only one deal's history is held at once.
 */
public class SqlForecastDeals implements ForecastDeals {

    private static final String DEAL_COLUMNS = "d." + ISSUE_NUMBER + ", d." + ISSUE_KEY + ", d." + SUMMARY + ", d."
            + CREATED_AT + ", d." + AMOUNT + ", d." + OWNER + ", d." + CLOSE_DAY;
    private static final int FIELD_ROW = 1;

    private final SqlReader sql;

    public SqlForecastDeals(SqlReader sql) {
        this.sql = sql;
    }

    @Override
    public void forEach(String projectKey, Consumer<DealRecord> deals) {
        sql.read(session -> histories(projectKey).stream(session, rows -> {
            Reading reading = new Reading(deals);
            while (rows.next()) {
                reading.row(rows);
            }
            reading.flush();
            return null;
        }));
    }

    /**
     * Field changes and status changes of the project's deals, each deal's in the order the stage log keeps them (a
     * status change repeats its reason where a field change has its new value, which is not read).
     */
    static Sql histories(String projectKey) {
        return new Sql("SELECT " + DEAL_COLUMNS + ", " + FIELD_ROW + " AS ROW_KIND, f." + OCCURRED_AT + ", f." + SEQ
                + ", f." + ID + ", f." + FIELD + ", f." + FROM_VALUE + ", f." + TO_VALUE + " FROM " + FIELD_CHANGE + " f JOIN "
                + DEAL + " d ON d." + ISSUE_ID + " = f." + ISSUE_ID + " WHERE d." + PROJECT_KEY + " = ?", projectKey)
                .append("UNION ALL SELECT " + DEAL_COLUMNS + ", 0, t." + OCCURRED_AT + ", t." + SEQ + ", t." + ID + ", t."
                        + STATUS_ID + ", t." + REASON + ", t." + REASON + " FROM " + TRANSITION + " t JOIN " + DEAL + " d ON d."
                        + ISSUE_ID + " = t." + ISSUE_ID + " WHERE d." + PROJECT_KEY + " = ?", projectKey)
                .append("ORDER BY 1, 8, 9, 10, 11");
    }

    /** Gathers consecutive rows of one deal into its record. */
    private static final class Reading {

        private final Consumer<DealRecord> deals;
        private long number = -1;
        private String key;
        private String summary;
        private Instant created;
        private Double amount;
        private String owner;
        private LocalDate closeDate;
        private final List<StatusChange> changes = new ArrayList<>();
        private final List<FieldChange> fieldChanges = new ArrayList<>();

        Reading(Consumer<DealRecord> deals) {
            this.deals = deals;
        }

        void row(ResultSet rows) throws SQLException {
            long rowNumber = rows.getLong(1);
            if (rowNumber != number) {
                flush();
                number = rowNumber;
                key = rows.getString(2);
                summary = rows.getString(3);
                created = Instant.ofEpochMilli(rows.getLong(4));
                amount = Sql.nullableDouble(rows, 5);
                owner = rows.getString(6);
                long day = rows.getLong(7);
                closeDate = rows.wasNull() ? null : LocalDate.ofEpochDay(day);
            }
            Instant at = Instant.ofEpochMilli(rows.getLong(9));
            if (rows.getInt(8) == FIELD_ROW) {
                fieldChanges.add(new FieldChange(at, DealField.valueOf(rows.getString(12)), rows.getString(13),
                        rows.getString(14)));
            } else {
                changes.add(new StatusChange(at, rows.getString(12), rows.getString(13)));
            }
        }

        void flush() {
            if (number >= 0) {
                deals.accept(new DealRecord(key, summary, created, amount, owner, closeDate, changes, fieldChanges));
            }
            changes.clear();
            fieldChanges.clear();
        }
    }
}
