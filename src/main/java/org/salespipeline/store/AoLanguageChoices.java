package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Optional;
import net.java.ao.DBParam;
import org.salespipeline.text.LanguageChoices;

/** Users' app languages in Active Objects: one row per user who chose one. */
public class AoLanguageChoices implements LanguageChoices {

    private final ActiveObjects ao;

    public AoLanguageChoices(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<String> find(String userKey) {
        return ao.executeInTransaction(() -> {
            LanguageChoiceEntity[] rows = ao.find(LanguageChoiceEntity.class, "USER_KEY = ?", userKey);
            return rows.length == 0 ? Optional.<String>empty() : Optional.of(rows[0].getLanguage());
        });
    }

    @Override
    public void choose(String userKey, String language) {
        ao.executeInTransaction(() -> {
            LanguageChoiceEntity[] rows = ao.find(LanguageChoiceEntity.class, "USER_KEY = ?", userKey);
            for (int i = language == null ? 0 : 1; i < rows.length; i++) {
                ao.delete(rows[i]);
            }
            if (language != null && rows.length > 0) {
                rows[0].setLanguage(language);
                rows[0].save();
            } else if (language != null) {
                ao.create(LanguageChoiceEntity.class, new DBParam("USER_KEY", userKey), new DBParam("LANGUAGE", language));
            }
            return null;
        });
    }
}
