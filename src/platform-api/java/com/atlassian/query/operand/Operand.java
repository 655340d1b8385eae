package com.atlassian.query.operand;

/**
 * Stand-in (compile only, never packaged) for the right-hand side of a JQL clause.
 * Jira kind: interface
 * Known only from: Jira 5.0 — https://docs.atlassian.com/jira/5.0/com/atlassian/jira/jql/operand/JqlOperandResolver.html (isFunctionOperand(Operand), a function call being one kind of operand)
 * Checked: https://docs.atlassian.com/jira/5.0/com/atlassian/jira/jql/operand/JqlOperandResolver.html (Operand parameters)
 */
public interface Operand {
}
