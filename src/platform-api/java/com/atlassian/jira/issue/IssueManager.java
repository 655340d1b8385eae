package com.atlassian.jira.issue;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Stand-in (compile only, never packaged) for Jira's access to issues.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java (getIssueObject by key); getIssueObject by id in alanmosely/jira-watcher-field-plugin@47ceeb1901a758f4951ebcf41e735a5f0521a470 (Jira 10.3); getIssueIdsForProject known from older Jira only; updateIssue called in codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (its result type Issue is from older Jira)
 */
public interface IssueManager {

    MutableIssue getIssueObject(String key);

    MutableIssue getIssueObject(Long id);

    Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException;

    Issue updateIssue(ApplicationUser user, MutableIssue issue, UpdateIssueRequest updateIssueRequest);
}
