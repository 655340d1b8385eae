package org.salespipeline.provisioning;

import java.util.List;

/** What every part of Jira that provisioning uses can say before a run: whether it can run at all. */
public interface JiraPart {

    /**
     * The host services this part needs that Jira does not offer now, by interface name; empty when it can
     * run. Asked before a run, so that a run never starts that could not finish.
     */
    default List<String> unavailable() {
        return List.of();
    }
}
