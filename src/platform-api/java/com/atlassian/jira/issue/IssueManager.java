package com.atlassian.jira.issue;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Stand-in (compile only, never packaged) for Jira's access to issues.
 * Jira kind: interface
 * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ScrumPokerPermissions.java (@ComponentImport IssueManager)
 * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 ScrumPokerAction.java (@ComponentImport IssueManager), its Jira 10.3.0 build
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java (getIssueObject by key); getIssueObject by id in alanmosely/jira-watcher-field-plugin@47ceeb1901a758f4951ebcf41e735a5f0521a470 (Jira 10.3); getIssueIdsForProject known from older Jira only; updateIssue called in codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (its result type Issue is from older Jira)
 */
public interface IssueManager {

    /**
     * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ScrumPokerAction.java (MutableIssue issue = issueManager.getIssueObject(issueKey))
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 ScrumPokerAction.java, the same use in its Jira 10.3.0 build
     */
    MutableIssue getIssueObject(String key);

    /** Confirmed: Jira 10.3 — alanmosely/jira-watcher-field-plugin@47ceeb1 WatcherFieldType.java (issue = getIssueManager().getIssueObject(Long.valueOf(id[0])), kept as an Issue); MutableIssue as in the String overload */
    MutableIssue getIssueObject(Long id);

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockIssueManager.java (overrides Collection<Long> getIssueIdsForProject(Long) throws GenericEntityException of jira-tests' MockIssueManager) */
    Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException;

    /** Known only from: Jira 6.3 — Jira's own IssueManager source (an unnamed public copy in the code index: public Issue updateIssue(ApplicationUser user, MutableIssue issue, UpdateIssueRequest updateIssueRequest), @since JIRA 6.3); Jira 11.3 code calls it with these arguments but ignores the result (codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java), so its return type is not seen there */
    Issue updateIssue(ApplicationUser user, MutableIssue issue, UpdateIssueRequest updateIssueRequest);
}
