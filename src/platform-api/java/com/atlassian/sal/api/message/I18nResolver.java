package com.atlassian.sal.api.message;

import java.io.Serializable;

/**
 * Stand-in (compile only, never packaged) for SAL's message lookup in the user's language.
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/DefaultSlackConnectionService.java (getText(String)); getText(String, Serializable...) as in bitbucket-slack-server-integration-plugin SlackNotificationRenderer
 */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);
}
