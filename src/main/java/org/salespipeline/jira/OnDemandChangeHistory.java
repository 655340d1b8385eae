package org.salespipeline.jira;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.salespipeline.history.ChangeHistorySource;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.SourceUnavailableException;

/**
 * Jira's change history as the rebuild, reconciliation and the event feed read it, built on first use: where
 * Jira does not offer apps its ChangeHistoryManager (or the classes it needs), every read fails at once with
 * a {@link SourceUnavailableException} that names what is missing, and the rest of the app runs on.
 */
public class OnDemandChangeHistory implements ChangeHistorySource {

    private final Supplier<JiraChangeHistorySource> source;

    public OnDemandChangeHistory(Supplier<JiraChangeHistorySource> source) {
        this.source = source;
    }

    @Override
    public int count(String projectKey) {
        JiraChangeHistorySource history = source();
        try {
            return history.count(projectKey);
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    @Override
    public void deals(String projectKey, long afterIssueId, Predicate<DealChanges> consumer) {
        JiraChangeHistorySource history = source();
        try {
            history.deals(projectKey, afterIssueId, consumer);
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    @Override
    public List<org.salespipeline.history.LoggedFieldChange> fieldChanges(String projectKey, long issueId) {
        JiraChangeHistorySource history = source();
        try {
            return history.fieldChanges(projectKey, issueId);
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    private JiraChangeHistorySource source() {
        JiraChangeHistorySource history;
        try {
            history = source.get();
        } catch (RuntimeException | LinkageError failure) {
            throw unavailable(failure.getMessage(), failure);
        }
        List<String> missing = history.unavailable();
        if (!missing.isEmpty()) {
            throw unavailable("this Jira does not offer apps " + String.join(", ", missing), null);
        }
        return history;
    }

    private static RuntimeException translated(RuntimeException failure) {
        return HostService.isServiceUnavailable(failure) ? unavailable(HostService.describe(failure), failure) : failure;
    }

    private static SourceUnavailableException unavailable(String why, Throwable cause) {
        return new SourceUnavailableException("Jira's change history is unavailable: " + why, cause);
    }
}
