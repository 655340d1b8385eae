package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The note behind one BANT answer of one deal. */
@Table("BANT_NOTE")
@Indexes(@Index(name = "note_deal", methodNames = {"getIssueId"}))
public interface BantNoteEntity extends Entity {

    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @StringLength(20)
    String getCriterion();

    void setCriterion(String criterion);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);
}
