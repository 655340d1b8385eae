package com.atlassian.jira.util;

/**
 * Stand-in (compile only, never packaged) for Jira's message set.
 * Jira kind: class
 * Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@3ea0f19 AbstractBuiltInFunction.java (MessageSetImpl messageSet = new MessageSetImpl(), returned as a MessageSet)
 * Checked: atlascommunity/jira-plugins-groovy@3ea0f19ae40cebae363819a7bea97ddc77340813:src/main/java/ru/mail/jira/plugins/groovy/impl/jql/function/builtin/AbstractBuiltInFunction.java (new MessageSetImpl())
 */
public class MessageSetImpl implements MessageSet {

    /** Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@3ea0f19 AbstractBuiltInFunction.java (new MessageSetImpl()) */
    public MessageSetImpl() {
    }

    /** Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (addErrorMessage called on the MessageSetImpl it creates, passed as a MessageSet) */
    @Override
    public void addErrorMessage(String errorMessage) {
    }
}
