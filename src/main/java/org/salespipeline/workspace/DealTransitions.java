package org.salespipeline.workspace;

import java.util.List;
import org.salespipeline.criteria.Transition;

/** Jira's side of a deal's moves: the workflow transitions the current user may take on the issue now. */
public interface DealTransitions {

    /**
     * The transitions open to the current user on the issue, in the workflow's order, each with the exit checks its
     * validators enforce. Throws {@link TransitionsUnavailableException} when this Jira cannot say.
     */
    List<Transition> available(String issueKey);
}
