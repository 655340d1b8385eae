package com.atlassian.jira;

/**
 * Stand-in (compile only, never packaged) for the kind of value a JQL function gives.
 * Jira kind: interface
 * Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@3ea0f19 AbstractBuiltInFunction.java (JiraDataType dataType = new JiraDataTypeImpl(…): an interface with an implementation)
 * Checked: atlascommunity/jira-plugins-groovy@3ea0f19ae40cebae363819a7bea97ddc77340813:src/main/java/ru/mail/jira/plugins/groovy/impl/jql/function/builtin/AbstractBuiltInFunction.java (JiraDataType getDataType())
 */
public interface JiraDataType {
}
