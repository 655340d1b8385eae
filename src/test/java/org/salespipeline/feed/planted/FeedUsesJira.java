package org.salespipeline.feed.planted;

/** Planted to break an architecture rule (see ArchitectureTest): the core using a Jira type. Never used. */
public final class FeedUsesJira {
    com.atlassian.jira.issue.Issue issue;
}
