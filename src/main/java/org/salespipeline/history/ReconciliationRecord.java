package org.salespipeline.history;

import java.util.Optional;

/** Keeps the last reconciliation run where every node of the cluster can read it. */
public interface ReconciliationRecord {

    void save(ReconciliationRun run);

    Optional<ReconciliationRun> last();
}
