package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in (compile only, never packaged) for REST v2's marker that lets anyone, even anonymous, call a resource.
 * Jira reads the real annotation at run time, so only its name and that it may sit on a type matter here.
 * Jira kind: annotation
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc PluginInfoResource.java (@UnrestrictedAccess on a resource class); its retention and method target are as REST v1's, not seen for v2
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e PluginInfoResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/PluginInfoResource.java (on a type); retention and targets as REST v1's
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
