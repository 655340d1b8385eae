package org.salespipeline.jira;

import java.util.List;

/** A Jira adapter built over optional host services, which can say which of them this Jira does not offer now. */
public interface HostBacked {

    /** The host services this needs that this Jira does not offer apps, by interface name; empty when all are there. */
    List<String> unavailable();
}
