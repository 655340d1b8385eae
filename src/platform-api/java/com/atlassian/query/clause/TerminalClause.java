package com.atlassian.query.clause;

/**
 * Stand-in (compile only, never packaged) for the JQL clause a function is called in (such as {@code issue in …}).
 * Jira kind: interface
 * Known only from: Jira 5.0 — https://docs.atlassian.com/jira/5.0/com/atlassian/jira/jql/operand/JqlOperandResolver.html (TerminalClause parameters, a clause type with implementations such as TerminalClauseImpl)
 * Checked: atlascommunity/jira-plugins-groovy@22aa56f825c17811438586c7aa366a8182e2c6da:src/main/java/ru/mail/jira/plugins/groovy/impl/jql/function/builtin/version/AbstractVersionFunction.java (TerminalClause parameter of validate and getValues)
 */
public interface TerminalClause {
}
