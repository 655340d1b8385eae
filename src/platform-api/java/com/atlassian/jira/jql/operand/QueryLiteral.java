package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/**
 * Stand-in (compile only, never packaged) for one value a JQL operand gives: here the id of an issue.
 * Jira kind: class
 * Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (new QueryLiteral(functionOperand, version.getId())), built against Jira 7.6.3
 * Checked: atlascommunity/jira-plugins-groovy@22aa56f825c17811438586c7aa366a8182e2c6da:src/main/java/ru/mail/jira/plugins/groovy/impl/jql/function/builtin/version/AbstractVersionFunction.java (new QueryLiteral(FunctionOperand, Long))
 */
public class QueryLiteral {

    private final Long longValue;

    /** Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (new QueryLiteral(functionOperand, version.getId()), a FunctionOperand and a Long id) */
    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this.longValue = longValue;
    }

    /** Known only from: Jira 6 — Jira's own clause validators (an unnamed public copy in the code index: else if (literal.getLongValue() != null) … getIssue(literal.getLongValue(), …), a Long); only the app's tests call it */
    public Long getLongValue() {
        return longValue;
    }
}
