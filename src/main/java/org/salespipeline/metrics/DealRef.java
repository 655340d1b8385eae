package org.salespipeline.metrics;

/** One selected deal: its Jira issue id and key. */
public record DealRef(long issueId, String issueKey) {
}
