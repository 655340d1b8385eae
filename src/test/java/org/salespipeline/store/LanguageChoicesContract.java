package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.salespipeline.demo.EntityManagerActiveObjects;

/** What the Active Objects store of users' app languages guarantees, run on each database by a subclass. */
public abstract class LanguageChoicesContract extends StoreContract {

    private AoLanguageChoices choices;

    @Before
    public void emptyStore() throws Exception {
        StoreFixture.clean(entityManager);
        choices = new AoLanguageChoices(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    @NonTransactional
    public void givenChoices_whenRead_thenEachUserKeyHasItsOwnAndOthersNone() {
        choices.choose("JIRAUSER10100", "he");
        choices.choose("rep", "en");

        assertThat(choices.find("JIRAUSER10100")).contains("he");
        assertThat(choices.find("rep")).contains("en");
        assertThat(choices.find("jiRAUSER10100")).as("user keys are exact").isEmpty();
        assertThat(choices.find("admin")).isEmpty();
    }

    @Test
    @NonTransactional
    public void givenAChoice_whenChangedThenForgotten_thenOneRowAtMostAndJirasLanguageAgain() throws Exception {
        choices.choose("dana", "en");
        choices.choose("dana", "he");
        assertThat(choices.find("dana")).contains("he");
        assertThat(entityManager.count(LanguageChoiceEntity.class)).isEqualTo(1);

        choices.choose("dana", null);
        assertThat(choices.find("dana")).isEmpty();
        assertThat(entityManager.count(LanguageChoiceEntity.class)).isZero();
    }
}
