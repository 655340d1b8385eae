package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.salespipeline.checklist.Checklist;
import org.salespipeline.checklist.ChecklistStore;
import org.salespipeline.checklist.ChecklistTemplates;
import org.salespipeline.checklist.DealChecklists;
import org.salespipeline.checklist.ItemMark;
import org.salespipeline.pipeline.Pipeline;

/**
 * Checklist ticks in Active Objects: one row per ticked or unticked item; a checklist's version is the
 * highest version among its rows. Marking locks the deal's state row first, so ticks on one deal take turns.
 */
public class AoChecklistStore implements ChecklistStore {

    private final ActiveObjects ao;

    private final DealRowLock rowLock;

    public AoChecklistStore(ActiveObjects ao, SqlReader sql) {
        this.ao = ao;
        this.rowLock = new DealRowLock(ao, sql);
    }

    @Override
    public DealChecklists load(Pipeline pipeline, ChecklistTemplates templates, long issueId, int position) {
        return ao.executeInTransaction(() -> withMarks(DealChecklists.forPosition(pipeline, templates, position), rows(issueId)));
    }

    @Override
    public DealChecklists mark(Pipeline pipeline, ChecklistTemplates templates, long issueId, int position,
            String stageKey, String itemId, ItemMark mark, long expectedVersion) {
        rowLock.ready();
        return ao.executeInTransaction(() -> {
            lockDeal(issueId);
            List<ChecklistMarkEntity> rows = rows(issueId);
            DealChecklists current = withMarks(DealChecklists.forPosition(pipeline, templates, position), rows);
            DealChecklists changed = mark.ticked()
                    ? current.tick(stageKey, itemId, mark.userKey(), mark.at(), expectedVersion)
                    : current.untick(stageKey, itemId, mark.userKey(), mark.at(), expectedVersion);
            long version = changed.checklist(stageKey).orElseThrow().version();
            ChecklistMarkEntity row = rows.stream()
                    .filter(r -> r.getStageKey().equals(stageKey) && r.getItemKey().equals(itemId)).findFirst()
                    .orElseGet(() -> ao.create(ChecklistMarkEntity.class, new DBParam("ISSUE_ID", issueId),
                            new DBParam("STAGE_KEY", stageKey), new DBParam("ITEM_KEY", itemId)));
            row.setDone(mark.ticked());
            row.setChangedBy(mark.userKey());
            row.setChangedAt(mark.at().toEpochMilli());
            row.setVersion(version);
            row.save();
            return changed;
        });
    }

    private void lockDeal(long issueId) {
        DealEntity deal = rowLock.lock(issueId);
        if (deal == null) {
            throw new IllegalStateException("Issue " + issueId + " is not a deal in a sales pipeline yet");
        }
        deal.setLogVersion(deal.getLogVersion() + 1);
        deal.save();
    }

    private List<ChecklistMarkEntity> rows(long issueId) {
        return new ArrayList<>(Arrays.asList(ao.find(ChecklistMarkEntity.class, "ISSUE_ID = ?", issueId)));
    }

    private static DealChecklists withMarks(DealChecklists fresh, List<ChecklistMarkEntity> rows) {
        Map<String, Map<String, ItemMark>> marks = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        for (ChecklistMarkEntity row : rows) {
            if (row.getChangedBy() != null && row.getChangedAt() != null) {
                marks.computeIfAbsent(row.getStageKey(), key -> new HashMap<>()).put(row.getItemKey(),
                        new ItemMark(row.isDone(), row.getChangedBy(), java.time.Instant.ofEpochMilli(row.getChangedAt())));
            }
            versions.merge(row.getStageKey(), row.getVersion(), Math::max);
        }
        List<Checklist> checklists = fresh.checklists().stream()
                .map(c -> new Checklist(c.template(), marks.getOrDefault(c.stageKey(), Map.of()),
                        versions.getOrDefault(c.stageKey(), 0L)))
                .toList();
        return new DealChecklists(checklists);
    }
}
