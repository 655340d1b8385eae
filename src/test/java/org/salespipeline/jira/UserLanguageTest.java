package org.salespipeline.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.text.LanguageChoices;
import org.salespipeline.text.Message;

/** The language of a request: the user's own choice, else Jira's language of the user (Hebrew as iw or he), else English. */
class UserLanguageTest {

    private final Map<String, String> chosen = new HashMap<>();
    private final LanguageChoices choices = new LanguageChoices() {
        @Override
        public Optional<String> find(String userKey) {
            return Optional.ofNullable(chosen.get(userKey));
        }

        @Override
        public void choose(String userKey, String language) {
            if (language == null) {
                chosen.remove(userKey);
            } else {
                chosen.put(userKey, language);
            }
        }
    };

    @Test
    @DisplayName("Jira's Hebrew, by iw or he, is Hebrew; other Jira languages are English; a choice wins over Jira's and can be forgotten")
    void choiceThenJira() {
        assertThat(language("JIRAUSER1", new Locale("iw", "IL")).language()).isEqualTo("he");
        assertThat(language("JIRAUSER1", Locale.forLanguageTag("he")).locale()).isEqualTo(Locale.forLanguageTag("he"));
        assertThat(language("JIRAUSER1", Locale.GERMANY).language()).isEqualTo("en");

        UserLanguage german = language("JIRAUSER2", Locale.GERMANY);
        assertThat(german.choose("he")).isTrue();
        assertThat(chosen).containsEntry("JIRAUSER2", "he");
        assertThat(german.language()).isEqualTo("he");
        assertThat(german.choice()).contains("he");
        german.choose(null);
        assertThat(german.language()).isEqualTo("en");
        assertThat(german.choice()).isEmpty();

        chosen.put("JIRAUSER3", "en");
        assertThat(language("JIRAUSER3", new Locale("iw")).language()).as("English chosen over Jira's Hebrew").isEqualTo("en");
    }

    @Test
    @DisplayName("an anonymous request reads Jira's language and keeps no choice")
    void anonymous() {
        UserLanguage nobody = new UserLanguage(context(null, new Locale("iw")), choices);
        assertThat(nobody.language()).isEqualTo("he");
        assertThat(nobody.choose("en")).isFalse();
        assertThat(chosen).isEmpty();
    }

    @Test
    @DisplayName("a message is looked up in the user's locale, its message arguments first, in the same locale")
    void textsInTheUsersLocale() {
        Map<String, String> looked = new HashMap<>();
        I18nResolver i18n = new I18nResolver() {
            @Override
            public String getText(String key) {
                throw new AssertionError("looked up without the user's locale");
            }

            @Override
            public String getText(String key, Serializable... arguments) {
                throw new AssertionError("looked up without the user's locale");
            }

            @Override
            public String getText(Locale locale, String key, Serializable... arguments) {
                looked.put(key, locale.getLanguage());
                return key.endsWith("BUDGET") ? "\u05ea\u05e7\u05e6\u05d9\u05d1" : key + "(" + java.util.Arrays.stream(arguments).map(String::valueOf).collect(java.util.stream.Collectors.joining("|")) + ")";
            }

            @Override
            public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
                return Map.of();
            }
        };
        JiraTexts texts = new JiraTexts(i18n, language("JIRAUSER4", new Locale("iw")));

        assertThat(texts.text(Message.of("sales-pipeline.exit.bant-mandatory", Message.of("sales-pipeline.panel.bant.BUDGET"))))
                .isEqualTo("sales-pipeline.exit.bant-mandatory(\u05ea\u05e7\u05e6\u05d9\u05d1)");
        assertThat(looked).containsOnly(Map.entry("sales-pipeline.exit.bant-mandatory", "he"),
                Map.entry("sales-pipeline.panel.bant.BUDGET", "he"));
    }

    private UserLanguage language(String userKey, Locale jira) {
        return new UserLanguage(context(userKey, jira), choices);
    }

    private static JiraAuthenticationContext context(String userKey, Locale locale) {
        ApplicationUser user = userKey == null ? null : new ApplicationUser() {
            @Override
            public String getUsername() {
                return userKey.toLowerCase(Locale.ROOT);
            }

            @Override
            public String getKey() {
                return userKey;
            }

            @Override
            public String getDisplayName() {
                return userKey;
            }
        };
        return new JiraAuthenticationContext() {
            @Override
            public ApplicationUser getLoggedInUser() {
                return user;
            }

            @Override
            public Locale getLocale() {
                return locale;
            }
        };
    }
}
