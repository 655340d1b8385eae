package com.atlassian.event.api;

/**
 * Stand-in (compile only, never packaged) for the host's event bus that listeners register with.
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java (register, unregister)
 */
public interface EventPublisher {

    void register(Object listener);

    void unregister(Object listener);
}
