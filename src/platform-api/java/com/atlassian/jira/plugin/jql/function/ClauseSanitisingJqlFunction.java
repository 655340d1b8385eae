package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.operand.FunctionOperand;

/**
 * Stand-in (compile only, never packaged) for the interface a JQL function implements when its arguments could
 * reveal what the searcher may not see: Jira asks it for a sanitised operand before it shows a query to someone.
 * Jira kind: interface
 * Known only from: Jira 7 — https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/operand/JqlOperandResolver.html (sanitiseFunctionOperand(ApplicationUser searcher, FunctionOperand operand), which hands the pair to the function); Jira 4.0 Javadoc names the interface and the method with the older User type
 * Checked: https://docs.atlassian.com/jira/5.0/com/atlassian/jira/jql/operand/JqlOperandResolver.html (sanitiseFunctionOperand(User, FunctionOperand) returning FunctionOperand, before ApplicationUser)
 */
public interface ClauseSanitisingJqlFunction {

    /** Known only from: Jira 7 — https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/operand/JqlOperandResolver.html (FunctionOperand sanitiseFunctionOperand(ApplicationUser, FunctionOperand)); a public ProjectsFunction overrides FunctionOperand sanitiseOperand(ApplicationUser, FunctionOperand) */
    FunctionOperand sanitiseOperand(ApplicationUser searcher, FunctionOperand operand);
}
