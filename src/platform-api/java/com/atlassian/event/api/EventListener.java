package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in (compile only, never packaged) for the marker of a public one-argument method that receives events.
 * Jira kind: annotation
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DedicatedChannelEventListener.java (@EventListener on listener methods); runtime retention and method target as in atlassian-event 5.0.2 (ngannk-fptu/Decompiled-Files@e0c88ec)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DedicatedChannelEventListener.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DedicatedChannelEventListener.java (on listener methods)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
