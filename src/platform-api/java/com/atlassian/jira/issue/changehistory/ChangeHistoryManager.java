package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;
import java.util.List;

/**
 * Stand-in (compile only, never packaged) for Jira's reader of an issue's change history, oldest change first.
 * Jira kind: interface
 * Known only from: Jira 4.4 — https://docs.atlassian.com/jira/4.4/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html (public interface ChangeHistoryManager); Jira Software 11.1 takes one in a constructor (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/customfield/epiclink/EpicLinkHistoryEntryFactory.html), which shows it exists but not its kind
 * Checked: https://docs.atlassian.com/jira/4.4/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html (the interface; getChangeItemsForField as in Jira 6 source, not confirmed for Jira 11)
 */
public interface ChangeHistoryManager {

    /** Known only from: Jira 6 — Jira's own ChangeHistoryManager and DefaultChangeHistoryManager source (unnamed public copies in the code index: List<ChangeItemBean> getChangeItemsForField(Issue issue, String changeItemFieldName)) */
    List<ChangeItemBean> getChangeItemsForField(Issue issue, String changeItemFieldName);
}
