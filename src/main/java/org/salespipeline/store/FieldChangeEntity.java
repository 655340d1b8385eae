package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One change of a deal's amount or expected close date as Jira recorded it, with the value before and after in the
 * stage log's canonical text (a plain decimal, an ISO date; null for empty).
 */
@Table("FIELD_CHANGE")
@Indexes({
    // A deal's changes of one field in time order: the value a field held before an instant is the last row before it.
    @Index(name = "field_change_deal", methodNames = {"getIssueId", "getField", "getOccurredAt", "getSeq"})
})
public interface FieldChangeEntity extends Entity {

    @NotNull
    long getIssueId();

    void setIssueId(long issueId);

    /** Identifies the Jira change: recording it twice stores it once. */
    @NotNull
    @Unique
    @StringLength(255)
    String getChangeKey();

    void setChangeKey(String changeKey);

    /** {@code AMOUNT} or {@code CLOSE_DATE}. */
    @NotNull
    @StringLength(40)
    String getField();

    void setField(String field);

    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    /** Orders changes of a field made at the same instant as Jira recorded them. */
    long getSeq();

    void setSeq(long seq);

    @StringLength(255)
    String getFromValue();

    void setFromValue(String fromValue);

    @StringLength(255)
    String getToValue();

    void setToValue(String toValue);
}
