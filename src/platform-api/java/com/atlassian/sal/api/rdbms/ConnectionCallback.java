package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/**
 * Stand-in (compile only, never packaged) for SAL's callback that works with a host database connection.
 * Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/ConnectionCallback.html
 */
public interface ConnectionCallback<A> {

    A execute(Connection connection);
}
