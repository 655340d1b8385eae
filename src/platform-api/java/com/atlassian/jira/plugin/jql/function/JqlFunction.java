package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;

/**
 * Stand-in (compile only, never packaged) for a JQL function: it checks its arguments and gives the values a clause
 * compares with. Only the methods the app's functions implement are declared; AbstractJqlFunction gives the others.
 * Jira kind: interface
 * Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (implements CustomFunction, an interface that extends JqlFunction), built against Jira 7.6.3 (its pom.xml @021178d)
 * Checked: atlascommunity/jira-plugins-groovy@22aa56f825c17811438586c7aa366a8182e2c6da:src/main/java/ru/mail/jira/plugins/groovy/impl/jql/function/builtin/version/AbstractVersionFunction.java (validate, getValues, getMinimumNumberOfExpectedArguments, getDataType overridden)
 */
public interface JqlFunction {

    /** Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (@Override public final MessageSet validate(ApplicationUser, FunctionOperand, TerminalClause)) */
    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    /** Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (@Override public List<QueryLiteral> getValues(QueryCreationContext, FunctionOperand, TerminalClause)) */
    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
            TerminalClause terminalClause);

    /** Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (@Override public final int getMinimumNumberOfExpectedArguments()) */
    int getMinimumNumberOfExpectedArguments();

    /** Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (@Override public final JiraDataType getDataType()) */
    JiraDataType getDataType();
}
