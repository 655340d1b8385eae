package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import net.java.ao.Query;
import org.salespipeline.history.ReconciliationRecord;
import org.salespipeline.history.ReconciliationRun;

/** The last reconciliation run in Active Objects, so that the system check of every node shows the same. */
public class AoReconciliationRecord implements ReconciliationRecord {

    private final ActiveObjects ao;

    public AoReconciliationRecord(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void save(ReconciliationRun run) {
        ao.executeInTransaction(() -> {
            ReconciliationEntity[] rows = ao.find(ReconciliationEntity.class, Query.select());
            ReconciliationEntity row = rows.length == 0 ? ao.create(ReconciliationEntity.class) : rows[0];
            row.setRanAt(run.at().toEpochMilli());
            row.setChecked(run.checked());
            row.setRepaired(run.repaired());
            row.setError(run.error());
            row.save();
            if (rows.length > 1) {
                ao.delete(Arrays.copyOfRange(rows, 1, rows.length));
            }
            return null;
        });
    }

    @Override
    public Optional<ReconciliationRun> last() {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(ReconciliationEntity.class, Query.select()))
                .max(Comparator.comparingLong(ReconciliationEntity::getRanAt))
                .map(row -> new ReconciliationRun(Instant.ofEpochMilli(row.getRanAt()), row.getChecked(),
                        row.getRepaired(), row.getError())));
    }
}
