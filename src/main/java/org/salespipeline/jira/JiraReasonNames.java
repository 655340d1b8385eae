package org.salespipeline.jira;

import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import org.salespipeline.history.ReasonNames;
import org.salespipeline.history.Reasons;

/**
 * A recorded reason by the name its option has in Jira now, so that a renamed option shows its new name; a reason kept
 * as text, an option Jira no longer has, or one it cannot look up keeps the name it was recorded with.
 */
public class JiraReasonNames implements ReasonNames {

    private final OptionsManager optionsManager;

    public JiraReasonNames(OptionsManager optionsManager) {
        this.optionsManager = optionsManager;
    }

    @Override
    public String nameOf(String recordedReason) {
        String recorded = Reasons.recordedName(recordedReason);
        return Reasons.optionId(recordedReason).map(id -> {
            try {
                Option option = optionsManager.findByOptionId(id);
                return option == null || option.getValue() == null || option.getValue().isBlank() ? recorded
                        : option.getValue().trim();
            } catch (RuntimeException | LinkageError unreadable) {
                // A name to show is no reason to fail a page: the name recorded with the reason stands.
                return recorded;
            }
        }).orElse(recorded);
    }
}
