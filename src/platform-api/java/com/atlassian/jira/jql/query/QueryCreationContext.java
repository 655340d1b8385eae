package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in (compile only, never packaged) for what Jira tells a JQL function about the search it serves.
 * Jira kind: interface
 * Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (new QueryCreationContextImpl(applicationUser) passed where a QueryCreationContext is taken)
 * Checked: atlascommunity/jira-plugins-groovy@22aa56f825c17811438586c7aa366a8182e2c6da:src/main/java/ru/mail/jira/plugins/groovy/impl/jql/function/builtin/version/AbstractVersionFunction.java (QueryCreationContext parameter of getValues)
 */
public interface QueryCreationContext {

    /** Known only from: Jira 7 — a public WorklogPeriodJqlFunction (extends AbstractJqlFunction; searchProvider.searchOverrideSecurity(query, queryCreationContext.getApplicationUser(), …)) */
    ApplicationUser getApplicationUser();

    /** Known only from: Jira 4.0 — https://docs.atlassian.com/jira/4.0/com/atlassian/jira/jql/query/QueryCreationContext.html (boolean isSecurityOverriden(): the search runs without permission checks) */
    boolean isSecurityOverriden();
}
