package com.atlassian.sal.api.message;

import java.io.Serializable;

/**
 * Stand-in (compile only, never packaged) for SAL's message lookup in the user's language. The app's Velocity
 * templates call getText by name; the app's Java code calls getText with the locale it resolved for the user.
 * Jira kind: interface
 * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ScrumPokerAction.java (@ComponentImport I18nResolver)
 * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 ScrumPokerAction.java, the same use in its Jira 10.3.0 build
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/DefaultSlackConnectionService.java (getText(String)); getText(String, Serializable...) as in bitbucket-slack-server-integration-plugin SlackNotificationRenderer
 */
public interface I18nResolver {

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultSlackConnectionService.java (i18nResolver.getText(key) used as a String)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultSlackConnectionService.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    String getText(String key);

    /** Known only from: Jira 9 (Platform 6, SAL 5.1.4) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.sal_sal-api-5.1.4/.../message/I18nResolver.java (String getText(String, Serializable...)); Jira 11.0 code calls it with String arguments (atlassian-labs/atlassian-slack-integration-server@94c50dc CommandEventRenderer.java), which does not show the varargs type; the app's templates reach it by name only */
    String getText(String key, Serializable... arguments);

    /**
     * Unconfirmed: no Jira 10/11 source at hand shows it; Atlassian's notifications plugin AbstractUserI18nResolverImpl
     * (decompiled, unversioned) delegates getText(Locale, String, Serializable...) to SAL's I18nResolver, and Jira
     * apps call it with a user's locale from LocaleManager.getLocaleFor (i18nResolver.getText(locale, key, issueKey))
     */
    String getText(java.util.Locale locale, String key, Serializable... arguments);

    /**
     * Unconfirmed: no Jira 10/11 source at hand shows it; Atlassian's notifications plugin
     * AbstractUserI18nResolverImpl (decompiled, unversioned) delegates getAllTranslationsForPrefix(String, Locale) to
     * SAL's I18nResolver and reads the answer as key to text
     */
    java.util.Map<String, String> getAllTranslationsForPrefix(String prefix, java.util.Locale locale);
}
