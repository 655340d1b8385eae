package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The last reconciliation run of the cluster: one row, rewritten by every run on any node. */
@Table("RECONCILE")
public interface ReconciliationEntity extends Entity {

    long getRanAt();

    void setRanAt(long ranAt);

    int getChecked();

    void setChecked(int checked);

    int getRepaired();

    void setRepaired(int repaired);

    @StringLength(StringLength.UNLIMITED)
    String getError();

    void setError(String error);
}
