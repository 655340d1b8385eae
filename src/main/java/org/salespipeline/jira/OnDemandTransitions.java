package org.salespipeline.jira;

import java.util.List;
import java.util.function.Supplier;
import org.salespipeline.criteria.Transition;
import org.salespipeline.workspace.DealTransitions;
import org.salespipeline.workspace.TransitionsUnavailableException;

/**
 * A deal's transitions, read by a {@link JiraDealTransitions} built on first use: where Jira does not offer apps its
 * IssueWorkflowManager (or a class it needs), every read fails at once with a
 * {@link TransitionsUnavailableException} naming what is missing, and the panel shows the deal without its moves.
 */
public class OnDemandTransitions implements DealTransitions {

    private final Supplier<JiraDealTransitions> transitions;

    public OnDemandTransitions(Supplier<JiraDealTransitions> transitions) {
        this.transitions = transitions;
    }

    @Override
    public List<Transition> available(String issueKey) {
        JiraDealTransitions reader;
        try {
            reader = transitions.get();
        } catch (RuntimeException | LinkageError failure) {
            throw unavailable(failure.getMessage(), failure);
        }
        List<String> missing = reader.unavailable();
        if (!missing.isEmpty()) {
            throw unavailable("this Jira does not offer apps " + String.join(", ", missing), null);
        }
        try {
            return reader.available(issueKey);
        } catch (RuntimeException | LinkageError failure) {
            throw unavailable(HostService.describe(failure), failure);
        }
    }

    private static TransitionsUnavailableException unavailable(String why, Throwable cause) {
        return new TransitionsUnavailableException("Jira's workflow transitions are unavailable: " + why, cause);
    }
}
