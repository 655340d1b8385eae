package com.atlassian.jira.scheme;

/**
 * Stand-in (compile only, never packaged) for a scheme as projects are associated with it.
 * Jira kind: class
 * Known only from: Jira 8 (the unversioned Server Javadoc) — https://docs.atlassian.com/jira/server/com/atlassian/jira/scheme/Scheme.html (public class Scheme implements NamedWithDescription, NamedWithId); returned by WorkflowSchemeManager in cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (Jira 8.20)
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (workflowSchemeManager.getSchemeObject(id) → Scheme; Jira 7.13) and cures-hub/cures-condec-jira@fbadb34925ef379f4929c9370e31c993825592f6:src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java (getSchemeObjects; Jira 8.20) — old
 */
public class Scheme {

    private Scheme() {
    }

    /** Known only from: Jira 8 (the unversioned Server Javadoc) — https://docs.atlassian.com/jira/server/com/atlassian/jira/scheme/Scheme.html (Long getId()) */
    public Long getId() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Known only from: Jira 8 (the unversioned Server Javadoc) — https://docs.atlassian.com/jira/server/com/atlassian/jira/scheme/Scheme.html (String getName()) */
    public String getName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
