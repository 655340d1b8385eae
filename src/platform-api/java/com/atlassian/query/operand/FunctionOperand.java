package com.atlassian.query.operand;

import java.util.List;

/**
 * Stand-in (compile only, never packaged) for a JQL function call in a query: its name and its arguments as written.
 * Jira kind: class
 * Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (functionOperand.getArgs().get(0) as a String), built against Jira 7.6.3
 * Checked: atlascommunity/jira-plugins-groovy@22aa56f825c17811438586c7aa366a8182e2c6da:src/main/java/ru/mail/jira/plugins/groovy/impl/jql/function/builtin/version/AbstractVersionFunction.java (getArgs)
 */
public class FunctionOperand implements Operand {

    private final String name;
    private final List<String> args;

    /** Known only from: Jira 7 — a public ProjectsFunction (return new FunctionOperand(functionOperand.getName(), newArgs) from sanitiseOperand, a name and a List of String arguments) */
    public FunctionOperand(String name, List<String> args) {
        this.name = name;
        this.args = List.copyOf(args);
    }

    /** Known only from: Jira 7 — a public ProjectsFunction (functionOperand.getName() passed as the new operand's name) */
    public String getName() {
        return name;
    }

    /** Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (functionOperand.getArgs().get(0) passed as a String) */
    public List<String> getArgs() {
        return args;
    }
}
