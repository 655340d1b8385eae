package com.atlassian.sal.api.transaction;

/**
 * Stand-in (compile only, never packaged) for SAL's unit of work that Active Objects runs in one transaction.
 * Jira kind: interface
 * Confirmed: Jira 11.0 (Platform 8.0) — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultSlackLinkManager.java (transactionTemplate.execute(() -> { ... }), a lambda, so an interface)
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/test/java/com/atlassian/plugins/slack/settings/DefaultSlackSettingsServiceTest.java (doInTransaction); https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/internal/TransactionManager.html (generic type)
 */
public interface TransactionCallback<T> {

    /** Confirmed: Jira 11.0 (Platform 8.0) — atlassian-labs/atlassian-slack-integration-server@94c50dc TestUtil.java (answer((TransactionCallback op) -> op.doInTransaction())); T doInTransaction() as in SAL 5.1.4 */
    T doInTransaction();
}
