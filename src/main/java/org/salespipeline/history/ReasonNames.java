package org.salespipeline.history;

/** Turns a recorded reason into the name to show: an option's current name, or the text as recorded. */
public interface ReasonNames {

    /** Shows every reason as it was recorded, for where no option can be looked up. */
    ReasonNames AS_RECORDED = Reasons::recordedName;

    /** The name to show for a recorded reason; null for none. */
    String nameOf(String recordedReason);
}
