package com.atlassian.sal.api.rdbms;

/**
 * Stand-in (compile only, never packaged) for SAL's factory of executors that run SQL on the host database.
 * Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/TransactionalExecutorFactory.html
 */
public interface TransactionalExecutorFactory {

    TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew);
}
