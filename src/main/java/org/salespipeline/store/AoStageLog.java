package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.DealField;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.LoggedFieldChange;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.StageHoldings;
import org.salespipeline.history.StageLog;
import org.salespipeline.history.StatusChange;

/**
 * The stage log in Active Objects. Each recording runs in one transaction whose first statement locks the
 * deal's state row, so that recorders on different cluster nodes take turns per deal and none loses a change,
 * whatever the database's isolation level.
 */
public class AoStageLog implements StageLog {

    private static final Comparator<TransitionEntity> IN_TIME_ORDER = Comparator
            .comparingLong(TransitionEntity::getOccurredAt)
            .thenComparingLong(TransitionEntity::getSeq)
            .thenComparingInt(TransitionEntity::getID);

    private static final int PAGE = 500;
    private static final int CREATE_ATTEMPTS = 3;

    private final ActiveObjects ao;
    private final PipelineDirectory pipelines;
    private final DealStateWriter stateWriter;
    private final BulkLogWriter bulkWriter;
    private final DealRowLock rowLock;

    public AoStageLog(ActiveObjects ao, PipelineDirectory pipelines, SqlReader sql) {
        this.ao = ao;
        this.pipelines = pipelines;
        this.rowLock = new DealRowLock(ao, sql);
        this.stateWriter = new DealStateWriter(ao);
        this.bulkWriter = new BulkLogWriter(ao, rowLock);
    }

    @Override
    public void record(String projectKey, DealFacts deal, LoggedChange change) {
        PipelineConfig config = config(projectKey);
        rowLock.ready();
        inDealTransaction(projectKey, deal, row -> {
            // A change key names one change of one issue, so the deal's own transitions tell whether it is logged.
            List<TransitionEntity> logged = transitions(deal.issueId());
            List<StatusChange> changes = new ArrayList<>(DealStateWriter.statusChanges(logged));
            if (logged.stream().noneMatch(t -> t.getChangeKey().equals(change.changeKey()))) {
                insert(deal.issueId(), change);
                changes.add(placeOf(logged, change), asStored(change.change()));
            }
            stateWriter.rederive(row, config, changes);
        });
    }

    /** Where a newly inserted change falls among the logged ones: after every change not later than it (its id is the highest). */
    private static int placeOf(List<TransitionEntity> logged, LoggedChange change) {
        long at = change.change().at().toEpochMilli();
        int place = 0;
        while (place < logged.size() && (logged.get(place).getOccurredAt() < at
                || logged.get(place).getOccurredAt() == at && logged.get(place).getSeq() <= change.sequence())) {
            place++;
        }
        return place;
    }

    private static StatusChange asStored(StatusChange change) {
        return new StatusChange(Instant.ofEpochMilli(change.at().toEpochMilli()), change.statusId(), change.reason());
    }

    @Override
    public void recordFields(String projectKey, DealFacts deal, List<LoggedFieldChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        rowLock.ready();
        ao.executeInTransaction(() -> {
            DealEntity row = rowLock.lock(deal.issueId());
            if (row == null) {
                return null;
            }
            Set<String> logged = Arrays.stream(ao.find(FieldChangeEntity.class, "ISSUE_ID = ?", deal.issueId()))
                    .map(FieldChangeEntity::getChangeKey).collect(Collectors.toSet());
            for (LoggedFieldChange change : changes) {
                if (logged.add(change.changeKey())) {
                    ao.create(FieldChangeEntity.class, fieldChangeParams(deal.issueId(), change));
                }
            }
            return null;
        });
    }

    @Override
    public void updateFacts(String projectKey, DealFacts deal) {
        ao.executeInTransaction(() -> {
            DealEntity row = find(deal.issueId());
            if (row != null) {
                DealStateWriter.copyFacts(row, projectKey, deal);
                row.save();
            }
            return null;
        });
    }

    @Override
    public void replace(String projectKey, DealFacts deal, List<LoggedChange> changes) {
        PipelineConfig config = config(projectKey);
        rowLock.ready();
        inDealTransaction(projectKey, deal, row -> {
            ao.deleteWithSQL(TransitionEntity.class, "ISSUE_ID = ?", deal.issueId());
            changes.forEach(change -> insert(deal.issueId(), change));
            stateWriter.rederive(row, config, DealStateWriter.statusChanges(transitions(deal.issueId())));
        });
    }

    @Override
    public void replace(String projectKey, DealChanges deal) {
        PipelineConfig config = config(projectKey);
        rowLock.ready();
        long issueId = deal.facts().issueId();
        inDealTransaction(projectKey, deal.facts(), row -> {
            ao.deleteWithSQL(TransitionEntity.class, "ISSUE_ID = ?", issueId);
            ao.deleteWithSQL(FieldChangeEntity.class, "ISSUE_ID = ?", issueId);
            deal.changes().forEach(change -> insert(issueId, change));
            deal.fieldChanges().forEach(change -> ao.create(FieldChangeEntity.class, fieldChangeParams(issueId, change)));
            stateWriter.rederive(row, config, DealStateWriter.statusChanges(transitions(issueId)));
        });
    }

    @Override
    public void replaceAll(String projectKey, List<DealChanges> deals) {
        PipelineConfig config = config(projectKey);
        rowLock.ready();
        ao.executeInTransaction(() -> {
            bulkWriter.replace(projectKey, config, deals);
            return null;
        });
    }

    @Override
    public void replaceRange(String projectKey, long afterIssueId, long throughIssueId, List<DealChanges> deals) {
        PipelineConfig config = config(projectKey);
        rowLock.ready();
        ao.executeInTransaction(() -> {
            bulkWriter.replace(projectKey, config, deals);
            Set<Long> given = deals.stream().map(deal -> deal.facts().issueId()).collect(Collectors.toSet());
            Object[] gone = Arrays.stream(ao.find(DealEntity.class, "PROJECT_KEY = ? AND ISSUE_ID > ? AND ISSUE_ID <= ?",
                            projectKey, afterIssueId, throughIssueId))
                    .map(DealEntity::getIssueId).filter(issueId -> !given.contains(issueId)).toArray();
            if (gone.length > 0) {
                rowLock.lockAll(gone);
                for (Object issueId : gone) {
                    delete((Long) issueId);
                }
            }
            return null;
        });
    }

    @Override
    public int position(long issueId) {
        DealEntity row = ao.executeInTransaction(() -> find(issueId));
        return row == null ? 0 : row.getFurthest();
    }

    @Override
    public List<LoggedChange> changes(long issueId) {
        return ao.executeInTransaction(() -> transitions(issueId).stream()
                .map(t -> new LoggedChange(t.getChangeKey(), t.getSeq(),
                        new StatusChange(Instant.ofEpochMilli(t.getOccurredAt()), t.getStatusId(), t.getReason())))
                .toList());
    }

    @Override
    public List<LoggedFieldChange> fieldChanges(long issueId) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(FieldChangeEntity.class, "ISSUE_ID = ?", issueId))
                .sorted(Comparator.comparingLong(FieldChangeEntity::getOccurredAt)
                        .thenComparingLong(FieldChangeEntity::getSeq).thenComparingInt(FieldChangeEntity::getID))
                .map(f -> new LoggedFieldChange(f.getChangeKey(), f.getSeq(), new FieldChange(
                        Instant.ofEpochMilli(f.getOccurredAt()), DealField.valueOf(f.getField()), f.getFromValue(),
                        f.getToValue())))
                .toList());
    }

    @Override
    public void forget(long issueId) {
        ao.executeInTransaction(() -> {
            delete(issueId);
            return null;
        });
    }

    /** Deletes every row of the deal; runs inside the caller's transaction. */
    private void delete(long issueId) {
        ao.deleteWithSQL(TransitionEntity.class, "ISSUE_ID = ?", issueId);
        ao.deleteWithSQL(FieldChangeEntity.class, "ISSUE_ID = ?", issueId);
        ao.deleteWithSQL(StayEntity.class, "ISSUE_ID = ?", issueId);
        ao.deleteWithSQL(ChecklistMarkEntity.class, "ISSUE_ID = ?", issueId);
        ao.deleteWithSQL(DealEntity.class, "ISSUE_ID = ?", issueId);
    }

    @Override
    public void forgetProject(String projectKey) {
        for (long[] ids = page(projectKey, 0); ids.length > 0; ids = page(projectKey, ids[ids.length - 1])) {
            for (long issueId : ids) {
                forget(issueId);
            }
        }
    }

    @Override
    public int rederive(String projectKey) {
        PipelineConfig config = config(projectKey);
        rowLock.ready();
        int derived = 0;
        for (long[] ids = page(projectKey, 0); ids.length > 0; ids = page(projectKey, ids[ids.length - 1])) {
            for (long issueId : ids) {
                ao.executeInTransaction(() -> {
                    DealEntity row = rowLock.lock(issueId);
                    if (row == null) {
                        return null;
                    }
                    row.setLogVersion(row.getLogVersion() + 1);
                    row.save();
                    stateWriter.rederive(row, config, DealStateWriter.statusChanges(transitions(issueId)));
                    return null;
                });
                derived++;
            }
        }
        return derived;
    }

    @Override
    public StageHoldings holdings(String projectKey, String stageKey) {
        return ao.executeInTransaction(() -> new StageHoldings(
                ao.count(DealEntity.class, "PROJECT_KEY = ? AND STAGE_KEY = ?", projectKey, stageKey),
                ao.count(StayEntity.class, "PROJECT_KEY = ? AND STAGE_KEY = ?", projectKey, stageKey)));
    }

    /** The next issue ids of the project's logged deals after {@code afterIssueId}, at most one page. */
    private long[] page(String projectKey, long afterIssueId) {
        return Arrays.stream(ao.find(DealEntity.class, Query.select()
                        .where("PROJECT_KEY = ? AND ISSUE_ID > ?", projectKey, afterIssueId)
                        .order("ISSUE_ID").limit(PAGE)))
                .mapToLong(DealEntity::getIssueId).sorted().toArray();
    }

    private PipelineConfig config(String projectKey) {
        return pipelines.find(projectKey).orElseThrow(
                () -> new IllegalArgumentException("Project " + projectKey + " has no sales pipeline"));
    }

    /**
     * Runs work on the deal's locked state row. When two nodes log the first change of a deal at once, one of
     * them fails to create the row (a duplicate key, or a deadlock where the database locks the gap the row
     * goes into); that one runs again, waits for the other's lock and then finds the row.
     */
    private void inDealTransaction(String projectKey, DealFacts deal, Consumer<DealEntity> work) {
        for (int attempt = 1; ; attempt++) {
            AtomicBoolean creating = new AtomicBoolean();
            try {
                runLocked(projectKey, deal, work, creating);
                return;
            } catch (RuntimeException failure) {
                if (!creating.get() || attempt == CREATE_ATTEMPTS) {
                    throw failure;
                }
            }
        }
    }

    private void runLocked(String projectKey, DealFacts deal, Consumer<DealEntity> work, AtomicBoolean creating) {
        ao.executeInTransaction(() -> {
            DealEntity row = rowLock.lock(deal.issueId());
            if (row == null) {
                creating.set(true);
                row = ao.create(DealEntity.class, new DBParam("ISSUE_ID", deal.issueId()),
                        new DBParam("PROJECT_KEY", projectKey), new DBParam("ISSUE_KEY", deal.issueKey()));
            }
            DealStateWriter.copyFacts(row, projectKey, deal);
            // A new row is locked by its insert; the version bump tells readers of the deal that it changed.
            row.setLogVersion(row.getLogVersion() + 1);
            row.save();
            work.accept(row);
            return null;
        });
    }

    private DealEntity find(long issueId) {
        DealEntity[] rows = ao.find(DealEntity.class, "ISSUE_ID = ?", issueId);
        return rows.length == 0 ? null : rows[0];
    }

    private void insert(long issueId, LoggedChange change) {
        ao.create(TransitionEntity.class, transitionParams(issueId, change));
    }

    static DBParam[] transitionParams(long issueId, LoggedChange change) {
        return new DBParam[] {
            new DBParam("ISSUE_ID", issueId),
            new DBParam("CHANGE_KEY", change.changeKey()),
            new DBParam("OCCURRED_AT", change.change().at().toEpochMilli()),
            new DBParam("SEQ", change.sequence()),
            new DBParam("STATUS_ID", change.change().statusId()),
            new DBParam("REASON", change.change().reason())};
    }

    static DBParam[] fieldChangeParams(long issueId, LoggedFieldChange change) {
        return new DBParam[] {
            new DBParam("ISSUE_ID", issueId),
            new DBParam("CHANGE_KEY", change.changeKey()),
            new DBParam("FIELD", change.change().field().name()),
            new DBParam("OCCURRED_AT", change.change().at().toEpochMilli()),
            new DBParam("SEQ", change.sequence()),
            new DBParam("FROM_VALUE", change.change().from()),
            new DBParam("TO_VALUE", change.change().to())};
    }

    private List<TransitionEntity> transitions(long issueId) {
        return Arrays.stream(ao.find(TransitionEntity.class, "ISSUE_ID = ?", issueId)).sorted(IN_TIME_ORDER).toList();
    }
}
