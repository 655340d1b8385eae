package org.salespipeline.jira;

import java.util.List;
import java.util.function.Supplier;
import org.salespipeline.criteria.Transition;
import org.salespipeline.text.Message;
import org.salespipeline.workspace.DealTransitions;
import org.salespipeline.workspace.TransitionsUnavailableException;

/**
 * A deal's transitions, read by a {@link JiraDealTransitions} built on first use: where Jira does not offer apps its
 * IssueWorkflowManager (or a class it needs), every read fails at once with a
 * {@link TransitionsUnavailableException} naming what is missing, and the panel shows the deal without its moves.
 */
public class OnDemandTransitions implements DealTransitions {

    private final OnDemandAdapter<JiraDealTransitions> transitions;

    public OnDemandTransitions(Supplier<JiraDealTransitions> transitions) {
        this.transitions = new OnDemandAdapter<>(transitions, (why, cause) -> new TransitionsUnavailableException(
                Message.of("sales-pipeline.panel.moves.unavailable", why), cause));
    }

    @Override
    public List<Transition> available(String issueKey) {
        JiraDealTransitions reader = transitions.ready();
        try {
            return reader.available(issueKey);
        } catch (RuntimeException | LinkageError failure) {
            throw transitions.unavailable(failure);
        }
    }
}
