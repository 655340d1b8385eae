package com.atlassian.sal.api.rdbms;

/**
 * Stand-in (compile only, never packaged) for SAL's factory of executors that run SQL on the host database.
 * Jira kind: interface
 * Confirmed: Jira 10 (Platform 7, whose SAL Bamboo 10.2 also ships) — https://docs.atlassian.com/atlassian-bamboo/10.2.0/com/atlassian/bamboo/spring/BambooTransactionalExecutorFactory.html (implements com.atlassian.sal.api.rdbms.TransactionalExecutorFactory)
 * Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/TransactionalExecutorFactory.html
 */
public interface TransactionalExecutorFactory {

    /** Confirmed: Jira 10 (Platform 7, whose SAL Bamboo 10.2 also ships) — https://docs.atlassian.com/atlassian-bamboo/10.2.0/com/atlassian/bamboo/spring/BambooTransactionalExecutorFactory.html (public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew), "Specified by" the SAL interface; create and createReadOnly inherited from it); a default method that implementations override in SAL 5.1.4 */
    TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew);
}
