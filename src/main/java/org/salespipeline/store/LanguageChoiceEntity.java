package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The app language one user chose, by the user's key (which stays when the user is renamed). */
@Table("LANGUAGE_CHOICE")
@Indexes(@Index(name = "language_user", methodNames = {"getUserKey"}))
public interface LanguageChoiceEntity extends Entity {

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(10)
    String getLanguage();

    void setLanguage(String language);
}
