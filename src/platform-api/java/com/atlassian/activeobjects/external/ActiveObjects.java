package com.atlassian.activeobjects.external;

import net.java.ao.RawEntity;

/**
 * Stand-in (compile only, never packaged) for the Active Objects service Jira hands to apps.
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/dao/impl/DefaultConfigurationDao.java (count)
 */
public interface ActiveObjects {

    <K> int count(Class<? extends RawEntity<K>> type);
}
