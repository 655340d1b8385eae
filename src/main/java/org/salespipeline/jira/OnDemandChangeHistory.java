package org.salespipeline.jira;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.salespipeline.history.ChangeHistorySource;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.SourceUnavailableException;
import org.salespipeline.text.EnglishTexts;
import org.salespipeline.text.Message;

/**
 * Jira's change history as the rebuild, reconciliation and the event feed read it, built on first use: where
 * Jira does not offer apps its ChangeHistoryManager (or the classes it needs), every read fails at once with
 * a {@link SourceUnavailableException} that names what is missing, and the rest of the app runs on.
 */
public class OnDemandChangeHistory implements ChangeHistorySource {

    private final OnDemandAdapter<JiraChangeHistorySource> source;

    public OnDemandChangeHistory(Supplier<JiraChangeHistorySource> source) {
        this.source = new OnDemandAdapter<>(source,
                (why, cause) -> new SourceUnavailableException(
                        Message.of(OnDemandAdapter.MISSING.equals(why.key()) ? "sales-pipeline.history.unavailable.missing"
                                : "sales-pipeline.history.unavailable.failed", storable(why.arguments().get(0))),
                        "Jira's change history is unavailable: " + OnDemandAdapter.inEnglish(why), cause));
    }

    /** A run's error is kept with plain values: a failure described as a message is kept as its English words. */
    private static Object storable(Object argument) {
        return argument instanceof Message described ? EnglishTexts.INSTANCE.text(described) : argument;
    }

    @Override
    public int count(String projectKey) {
        JiraChangeHistorySource history = source.ready();
        try {
            return history.count(projectKey);
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    @Override
    public void deals(String projectKey, long afterIssueId, Predicate<DealChanges> consumer) {
        JiraChangeHistorySource history = source.ready();
        try {
            history.deals(projectKey, afterIssueId, consumer);
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    @Override
    public List<org.salespipeline.history.LoggedFieldChange> fieldChanges(String projectKey, long issueId) {
        JiraChangeHistorySource history = source.ready();
        try {
            return history.fieldChanges(projectKey, issueId);
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    /** A failure because a host service went away is the history being unavailable; any other stays as it is. */
    private RuntimeException translated(RuntimeException failure) {
        return HostService.isServiceUnavailable(failure) ? source.unavailable(failure) : failure;
    }
}
