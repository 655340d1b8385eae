package com.atlassian.sal.api.transaction;

/**
 * Stand-in (compile only, never packaged) for SAL's unit of work that Active Objects runs in one transaction.
 * Jira kind: interface
 * Confirmed: Jira 11.0 (Platform 8.0) — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultSlackLinkManager.java (transactionTemplate.execute(() -> { ... }), a lambda, so an interface)
 * Jira 10.3: not confirmed — the Jira 10.0 and 10.7 builds of atlassian-labs/atlassian-slack-integration-server (@d98c484, @b21ee3e) pass lambdas without naming the type
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/test/java/com/atlassian/plugins/slack/settings/DefaultSlackSettingsServiceTest.java (doInTransaction); https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/internal/TransactionManager.html (generic type)
 */
public interface TransactionCallback<T> {

    /**
     * Confirmed: Jira 11.0 (Platform 8.0) — atlassian-labs/atlassian-slack-integration-server@94c50dc TestUtil.java (answer((TransactionCallback op) -> op.doInTransaction())); T doInTransaction() as in SAL 5.1.4
     * Jira 10.3: not confirmed — seen on Platform 7 only in a Bitbucket plugin test of atlassian-labs/atlassian-slack-integration-server@b21ee3e, not in Jira 10 code
     */
    T doInTransaction();
}
