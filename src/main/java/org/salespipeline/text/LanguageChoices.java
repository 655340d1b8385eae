package org.salespipeline.text;

import java.util.Optional;

/** The app language each user chose, by user key; a user without a choice reads the app in Jira's language. */
public interface LanguageChoices {

    /** The user's choice; empty when the user made none. */
    Optional<String> find(String userKey);

    /** Keeps the user's choice; null forgets it, so that the app follows Jira's language again. */
    void choose(String userKey, String language);
}
