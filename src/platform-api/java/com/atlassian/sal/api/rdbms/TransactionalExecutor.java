package com.atlassian.sal.api.rdbms;

/**
 * Stand-in (compile only, never packaged) for SAL's executor that hands a callback the host database connection.
 * The app also reads getSchemaName() by name (SalSqlReader.schemaName), never through this stand-in: SAL 5.1.4 declares
 * it as io.atlassian.fugue.Option&lt;String&gt; getSchemaName(), and its type in Jira 10.3 and 11.3 is not confirmed, so it is
 * left out here (Known only from: Jira 9, Platform 6 — ngannk-fptu/Decompiled-Files@e0c88ec, as that reflective read).
 * Jira kind: interface
 * Known only from: Jira 9 (Platform 6, SAL 5.1.4) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/rdbms/TransactionalExecutor.java (@PublicApi public interface TransactionalExecutor); also https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/TransactionalExecutor.html
 * Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/TransactionalExecutor.html
 */
public interface TransactionalExecutor {

    /** Known only from: Jira 9 (Platform 6, SAL 5.1.4) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/rdbms/TransactionalExecutor.java (<A> A execute(@Nonnull ConnectionCallback<A>)) */
    <A> A execute(ConnectionCallback<A> callback);
}
