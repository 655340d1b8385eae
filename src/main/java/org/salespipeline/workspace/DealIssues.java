package org.salespipeline.workspace;

import org.salespipeline.text.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salespipeline.qualification.BantAnswer;
import org.salespipeline.qualification.BantCriterion;

/**
 * Jira's side of a deal: reading an issue, writing BANT answers into its select-list fields, and the name a recorded
 * reason's option has now.
 */
public interface DealIssues {

    /** The issue with the key; empty when there is none. */
    Optional<DealIssue> find(String issueKey);

    /**
     * Sets the given BANT answers on the issue as the current user, the way an edit would, and keeps its stored
     * BANT score current. Returns what stopped it (for example a field or option Jira lacks); empty when written.
     * Nothing is written when anything is missing.
     */
    List<Message> writeBant(String issueKey, Map<BantCriterion, BantAnswer> answers);

    /** The name to show for a reason the stage log recorded (an option's current name, or the text); null for none. */
    String reasonName(String recordedReason);
}
