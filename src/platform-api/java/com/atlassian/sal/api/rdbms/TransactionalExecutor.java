package com.atlassian.sal.api.rdbms;

/**
 * Stand-in (compile only, never packaged) for SAL's executor that hands a callback the host database connection.
 * Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/TransactionalExecutor.html
 */
public interface TransactionalExecutor {

    <A> A execute(ConnectionCallback<A> callback);
}
