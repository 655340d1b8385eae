package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;
import java.util.List;

/**
 * Stand-in (compile only, never packaged) for Jira's reader of an issue's change history, oldest change first.
 * Checked: https://docs.atlassian.com/jira/4.4/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html (the interface; getChangeItemsForField as in Jira 6 source, not confirmed for Jira 11)
 */
public interface ChangeHistoryManager {

    List<ChangeItemBean> getChangeItemsForField(Issue issue, String changeItemFieldName);
}
