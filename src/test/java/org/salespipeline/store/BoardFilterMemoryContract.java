package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.salespipeline.demo.EntityManagerActiveObjects;
import org.salespipeline.metrics.BoardFilterMemory.Saved;

/** What the Active Objects store of users' last board filters guarantees, run on each database by a subclass. */
public abstract class BoardFilterMemoryContract extends StoreContract {

    private AoBoardFilterMemory memory;

    @Before
    public void emptyStore() throws Exception {
        StoreFixture.clean(entityManager);
        memory = new AoBoardFilterMemory(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    @NonTransactional
    public void givenFilters_whenRead_thenEachUserAndBoardHasItsOwn() {
        memory.save("JIRAUSER10100", "ACME", new Saved("JIRAUSER10101", "2026-06-01", "2026-07-01", "50% off"));
        memory.save("JIRAUSER10100", "GLOBEX", new Saved(null, null, null, "renewal"));
        memory.save("admin", "ACME", new Saved("admin", null, null, null));

        assertThat(memory.find("JIRAUSER10100", "ACME"))
                .contains(new Saved("JIRAUSER10101", "2026-06-01", "2026-07-01", "50% off"));
        assertThat(memory.find("JIRAUSER10100", "GLOBEX")).contains(new Saved(null, null, null, "renewal"));
        assertThat(memory.find("admin", "ACME")).contains(new Saved("admin", null, null, null));
        assertThat(memory.find("admin", "GLOBEX")).isEmpty();
        assertThat(memory.find("jirauser10100", "ACME")).as("user keys are exact").isEmpty();
    }

    @Test
    @NonTransactional
    public void givenFilters_whenChangedThenCleared_thenOneRowAtMostAndThenNone() throws Exception {
        memory.save("dana", "ACME", new Saved(null, null, null, "first"));
        memory.save("dana", "ACME", new Saved("dana", null, null, "  second  "));
        assertThat(memory.find("dana", "ACME")).contains(new Saved("dana", null, null, "second"));
        assertThat(entityManager.count(BoardFilterEntity.class)).isEqualTo(1);

        memory.save("dana", "ACME", new Saved(" ", "", null, null));
        assertThat(memory.find("dana", "ACME")).isEmpty();
        assertThat(entityManager.count(BoardFilterEntity.class)).isZero();
    }
}
