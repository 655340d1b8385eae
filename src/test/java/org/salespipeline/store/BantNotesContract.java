package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.salespipeline.demo.EntityManagerActiveObjects;
import org.salespipeline.qualification.BantAssessment;
import org.salespipeline.qualification.BantCriterion;

/** What the Active Objects store of BANT notes guarantees, run on each database by a subclass. */
public abstract class BantNotesContract extends StoreContract {

    private AoBantNotes notes;

    @Before
    public void emptyStore() throws Exception {
        StoreFixture.clean(entityManager);
        notes = new AoBantNotes(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    @NonTransactional
    public void givenNotes_whenSaved_thenEachDealReadsItsOwn() {
        notes.save(1, Map.of(BantCriterion.BUDGET, "Approved in the Q3 plan", BantCriterion.NEED, "Replacing a legacy CRM"));
        notes.save(2, Map.of(BantCriterion.BUDGET, "None yet"));

        assertThat(notes.load(1)).containsExactly(Map.entry(BantCriterion.BUDGET, "Approved in the Q3 plan"),
                Map.entry(BantCriterion.NEED, "Replacing a legacy CRM"));
        assertThat(notes.load(2)).containsOnly(Map.entry(BantCriterion.BUDGET, "None yet"));
        assertThat(notes.load(3)).isEmpty();
    }

    @Test
    @NonTransactional
    public void givenTheLongestNote_whenSaved_thenItReadsBackWhole() {
        String longest = "Zahlungsfreigabe über 40 000 € — ".repeat(70).substring(0, BantAssessment.MAX_NOTE_LENGTH);
        notes.save(1, Map.of(BantCriterion.TIMELINE, longest));

        assertThat(notes.load(1).get(BantCriterion.TIMELINE)).isEqualTo(longest).hasSize(2000);
    }

    @Test
    @NonTransactional
    public void givenNotes_whenSomeAreChangedOrCleared_thenTheOthersStay() throws Exception {
        notes.save(1, Map.of(BantCriterion.BUDGET, "old", BantCriterion.AUTHORITY, "CFO decides", BantCriterion.NEED, "keep"));
        Map<BantCriterion, String> change = new EnumMap<>(BantCriterion.class);
        change.put(BantCriterion.BUDGET, "new");
        change.put(BantCriterion.AUTHORITY, null);
        notes.save(1, change);

        assertThat(notes.load(1)).containsExactly(Map.entry(BantCriterion.BUDGET, "new"), Map.entry(BantCriterion.NEED, "keep"));
        assertThat(entityManager.count(BantNoteEntity.class)).isEqualTo(2);
    }
}
