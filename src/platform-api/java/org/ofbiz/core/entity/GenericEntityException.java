package org.ofbiz.core.entity;

/**
 * Stand-in (compile only, never packaged) for the checked exception of Jira's entity engine (Atlassian's OFBiz fork).
 * Jira kind: class
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ChangeLogExtractor.java (catch (GenericEntityException e) around GenericValue.getRelated, so a checked Throwable class)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e ChangeLogExtractor.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: https://docs.atlassian.com/jira/7.1.0/com/atlassian/jira/event/issue/IssueEventManager.html (org.ofbiz.core.entity types in Jira's public API)
 */
public class GenericEntityException extends Exception {

    private static final long serialVersionUID = 1L;

    private GenericEntityException() {
    }
}
