package org.salespipeline.jira.planted;

/** Planted to break an architecture rule (see ArchitectureTest): a static component lookup. Never used. */
public final class LooksUpComponents {
    com.atlassian.jira.component.ComponentAccessor components;
}
