package org.salespipeline.history;

import java.util.List;

/**
 * The stage log: every status change of every deal, every change of its amount and expected close date, and the
 * deal state kept in step with them. Any sequence of statuses is accepted; nothing is checked against a workflow.
 */
public interface StageLog {

    /**
     * Records one status change of a deal of the project's pipeline and brings the deal's state up to
     * date. Recording a change that is already logged changes nothing; a change older than those logged
     * still takes its place in time.
     */
    void record(String projectKey, DealFacts deal, LoggedChange change);

    /**
     * Records changes of a logged deal's amount and expected close date; a change already logged (by its key) is
     * kept once, and a deal not logged records nothing.
     */
    void recordFields(String projectKey, DealFacts deal, List<LoggedFieldChange> changes);

    /** Stores today's amount, owner, close date and summary of a logged deal. */
    void updateFacts(String projectKey, DealFacts deal);

    /** Replaces the status changes logged for a deal with the given full history; its field changes stay. */
    void replace(String projectKey, DealFacts deal, List<LoggedChange> changes);

    /** Replaces everything logged for a deal, status and field changes, with its full history (repair). */
    void replace(String projectKey, DealChanges deal);

    /** The deal's furthest position as logged (1..n open stages, n + 1 once won); 0 for a deal not logged. */
    int position(long issueId);

    /**
     * Replaces everything logged for each of the deals, all in one transaction: the same log as calling
     * {@link #replace} for each, in far fewer statements (backfill).
     */
    void replaceAll(String projectKey, List<DealChanges> deals);

    /**
     * Replaces the project's logged deals whose issue ids lie in (afterIssueId, throughIssueId] with the given deals
     * (whose ids lie there too), all in one transaction, so that every reader sees each deal wholly as before or
     * wholly as given; a logged deal of that range the list leaves out is forgotten (it is gone from the source).
     */
    void replaceRange(String projectKey, long afterIssueId, long throughIssueId, List<DealChanges> deals);

    /** The changes logged for a deal, in time order. */
    List<LoggedChange> changes(long issueId);

    /** The changes of the deal's amount and expected close date, in time order. */
    List<LoggedFieldChange> fieldChanges(long issueId);

    /** Removes a deal from the log and from every metric (deleted, moved away, or no longer a Deal). */
    void forget(long issueId);

    /** Removes every deal of the project from the log. */
    void forgetProject(String projectKey);

    /**
     * Derives every logged deal of the project again from its logged changes, after its stages or status
     * mapping changed; returns how many deals it derived.
     */
    int rederive(String projectKey);

    /** How many of the project's deals are in the open stage now, and how many stays were logged in it. */
    StageHoldings holdings(String projectKey, String stageKey);
}
