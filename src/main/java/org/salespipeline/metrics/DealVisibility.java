package org.salespipeline.metrics;

/** Decides which deals the current user may see in lists of deals (aggregates count every deal). */
@FunctionalInterface
public interface DealVisibility {

    boolean canSee(String issueKey);

    /** Lets the user see every deal. */
    static DealVisibility everything() {
        return issueKey -> true;
    }
}
