package com.atlassian.jira.component;

/**
 * A class of the name of Jira's static component lookup, only so that a planted class can refer to it and show
 * that the architecture rule against it fails (see ArchitectureTest). Not a stand-in: the app never uses it.
 */
public final class ComponentAccessor {

    private ComponentAccessor() {
    }
}
