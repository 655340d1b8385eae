package com.atlassian.event.api;

/**
 * Stand-in (compile only, never packaged) for the host's event bus that listeners register with. In atlassian-event
 * register and unregister are declared by its superinterface EventListenerRegistrar; a call compiled against
 * EventPublisher resolves to them all the same.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc AutoSubscribingEventListener.java (an injected EventPublisher)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e AutoSubscribingEventListener.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java (register, unregister)
 */
public interface EventPublisher {

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc AutoSubscribingEventListener.java (eventPublisher.register(this))
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e AutoSubscribingEventListener.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    void register(Object listener);

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc AutoSubscribingEventListener.java (eventPublisher.unregister(this))
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e AutoSubscribingEventListener.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    void unregister(Object listener);
}
