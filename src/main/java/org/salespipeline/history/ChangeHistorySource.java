package org.salespipeline.history;

import java.util.function.Predicate;

/**
 * Where the stage log's history comes from when it is rebuilt: Jira's change history, or a history
 * file. Deals are delivered one at a time in ascending issue id, so a rebuild streams them in bounded
 * memory and can resume after the last deal it finished.
 */
public interface ChangeHistorySource {

    /** How many deals of the project the source delivers, for progress. */
    int count(String projectKey);

    /**
     * Delivers the project's deals with an issue id greater than {@code afterIssueId}, in ascending issue
     * id, until the consumer returns false or none is left.
     */
    void deals(String projectKey, long afterIssueId, Predicate<DealChanges> consumer);

    /**
     * The changes of one deal's amount and expected close date as the source holds them now, identified as
     * {@link #deals} identifies them; none where the source keeps no field history.
     */
    default java.util.List<LoggedFieldChange> fieldChanges(String projectKey, long issueId) {
        return java.util.List.of();
    }
}
