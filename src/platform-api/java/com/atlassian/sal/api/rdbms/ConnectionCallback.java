package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/**
 * Stand-in (compile only, never packaged) for SAL's callback that works with a host database connection.
 * Jira kind: interface
 * Known only from: Jira 9 (Platform 6, SAL 5.1.4) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/rdbms/ConnectionCallback.java (@PublicApi public interface ConnectionCallback<A>); also https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/ConnectionCallback.html
 * Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/ConnectionCallback.html
 */
public interface ConnectionCallback<A> {

    /** Known only from: Jira 9 (Platform 6, SAL 5.1.4) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/rdbms/ConnectionCallback.java (A execute(Connection)) */
    A execute(Connection connection);
}
