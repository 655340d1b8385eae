package org.salespipeline.demo;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import java.util.List;

/**
 * The demo's change history, kept the way Jira keeps it: each move of a demo issue is one change group holding the
 * status change and the fields set on the transition's screen, each as a change item named by the field. The app
 * reads it through its own Jira adapter, as it reads Jira's.
 */
final class DemoChangeHistory implements ChangeHistoryManager {

    private final DemoJira jira;

    DemoChangeHistory(DemoJira jira) {
        this.jira = jira;
    }

    @Override
    public List<ChangeItemBean> getChangeItemsForField(Issue issue, String changeItemFieldName) {
        DemoIssue demo = jira.issue(issue.getKey());
        return demo == null ? List.of() : demo.changeItems(changeItemFieldName);
    }
}
