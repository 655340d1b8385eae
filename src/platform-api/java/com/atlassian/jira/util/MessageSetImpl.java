package com.atlassian.jira.util;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Stand-in (compile only, never packaged) for Jira's message set.
 * Jira kind: class
 * Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@3ea0f19 AbstractBuiltInFunction.java (MessageSetImpl messageSet = new MessageSetImpl(), returned as a MessageSet)
 * Checked: atlascommunity/jira-plugins-groovy@3ea0f19ae40cebae363819a7bea97ddc77340813:src/main/java/ru/mail/jira/plugins/groovy/impl/jql/function/builtin/AbstractBuiltInFunction.java (new MessageSetImpl())
 */
public class MessageSetImpl implements MessageSet {

    private final Set<String> errors = new LinkedHashSet<>();

    /** Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@3ea0f19 AbstractBuiltInFunction.java (new MessageSetImpl()) */
    public MessageSetImpl() {
    }

    /** Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (addErrorMessage called on the MessageSetImpl it creates, passed as a MessageSet) */
    @Override
    public void addErrorMessage(String errorMessage) {
        errors.add(errorMessage);
    }

    /** Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@0021eff DateCompareFunction.java (messageSet.getErrorMessages()); only the app's tests call it */
    @Override
    public Set<String> getErrorMessages() {
        return Collections.unmodifiableSet(errors);
    }
}
