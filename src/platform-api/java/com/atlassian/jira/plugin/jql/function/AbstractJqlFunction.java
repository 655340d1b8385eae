package com.atlassian.jira.plugin.jql.function;

/**
 * Stand-in (compile only, never packaged) for the base of JQL functions, which gives them their name and list flag
 * from the jql-function module's descriptor.
 * Jira kind: abstract class
 * Known only from: Jira 4.0 — https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/jql/function/CurrentUserFunction.html (CurrentUserFunction extends AbstractJqlFunction, which implements JqlFunction and gives getFunctionName, init, isList); Jira 7 code extends it with the ApplicationUser form of validate (a public WorklogPeriodJqlFunction), which does not show its kind
 * Checked: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/jql/function/CurrentUserFunction.html (methods inherited from AbstractJqlFunction)
 */
public abstract class AbstractJqlFunction implements JqlFunction {

    /** Known only from: Jira 4.0 — https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/jql/function/CurrentUserFunction.html (public CurrentUserFunction(), a subclass built with no arguments) */
    public AbstractJqlFunction() {
    }
}
