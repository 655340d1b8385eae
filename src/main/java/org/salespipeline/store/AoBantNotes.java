package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.EnumMap;
import java.util.Map;
import net.java.ao.DBParam;
import org.salespipeline.qualification.BantCriterion;
import org.salespipeline.workspace.BantNotes;

/** BANT notes in Active Objects: one row per deal and criterion that has a note. */
public class AoBantNotes implements BantNotes {

    private final ActiveObjects ao;

    public AoBantNotes(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<BantCriterion, String> load(long issueId) {
        return ao.executeInTransaction(() -> {
            Map<BantCriterion, String> notes = new EnumMap<>(BantCriterion.class);
            for (BantNoteEntity row : ao.find(BantNoteEntity.class, "ISSUE_ID = ?", issueId)) {
                criterion(row.getCriterion()).ifPresent(criterion -> {
                    if (row.getNote() != null && !row.getNote().isBlank()) {
                        notes.put(criterion, row.getNote());
                    }
                });
            }
            return notes;
        });
    }

    @Override
    public void save(long issueId, Map<BantCriterion, String> notes) {
        ao.executeInTransaction(() -> {
            BantNoteEntity[] rows = ao.find(BantNoteEntity.class, "ISSUE_ID = ?", issueId);
            notes.forEach((criterion, note) -> {
                BantNoteEntity existing = null;
                for (BantNoteEntity row : rows) {
                    if (row.getCriterion().equals(criterion.name())) {
                        existing = row;
                    }
                }
                boolean clear = note == null || note.isBlank();
                if (clear && existing != null) {
                    ao.delete(existing);
                } else if (!clear && existing != null) {
                    existing.setNote(note);
                    existing.save();
                } else if (!clear) {
                    BantNoteEntity row = ao.create(BantNoteEntity.class, new DBParam("ISSUE_ID", issueId),
                            new DBParam("CRITERION", criterion.name()));
                    row.setNote(note);
                    row.save();
                }
            });
            return null;
        });
    }

    private static java.util.Optional<BantCriterion> criterion(String name) {
        for (BantCriterion criterion : BantCriterion.values()) {
            if (criterion.name().equals(name)) {
                return java.util.Optional.of(criterion);
            }
        }
        return java.util.Optional.empty();
    }
}
