package com.atlassian.jira.util;

import java.util.Set;

/**
 * Stand-in (compile only, never packaged) for the errors and warnings a JQL validation reports.
 * Jira kind: interface
 * Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@3ea0f19 AbstractBuiltInFunction.java (MessageSetImpl assigned where a MessageSet is returned, and passed on as MessageSet)
 * Checked: atlascommunity/jira-plugins-groovy@3ea0f19ae40cebae363819a7bea97ddc77340813:src/main/java/ru/mail/jira/plugins/groovy/impl/jql/function/builtin/AbstractBuiltInFunction.java (MessageSet validate(…) returning a MessageSetImpl)
 */
public interface MessageSet {

    /** Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (messageSet.addErrorMessage("…") on a MessageSet parameter) */
    void addErrorMessage(String errorMessage);

    /** Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@0021eff DateCompareFunction.java (logger.error("Has errors {}", messageSet.getErrorMessages()) after messageSet.hasAnyErrors()); Jira's own tests read it as a Set of Strings (an unnamed public copy in the code index: messageSet.getErrorMessages().iterator().next()); only the app's tests call it */
    Set<String> getErrorMessages();
}
