package org.salespipeline.workspace;

import java.util.Map;
import org.salespipeline.qualification.BantCriterion;

/** Where the notes behind each deal's BANT answers are kept. */
public interface BantNotes {

    /** The deal's notes by criterion; criteria without a note are absent. */
    Map<BantCriterion, String> load(long issueId);

    /** Sets or clears (null or blank) the notes of the given criteria; others stay as they are. */
    void save(long issueId, Map<BantCriterion, String> notes);
}
