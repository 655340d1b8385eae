package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.DealHistory;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.StatusChange;

/**
 * Replaces the whole logged history of many deals at once, leaving exactly the rows that recording their
 * changes one by one would leave, but with a handful of statements per deal instead of dozens per change.
 */
final class BulkLogWriter {

    // The order in which the per-change path reads a deal's transitions back: instant (as stored, in ms), then sequence.
    private static final Comparator<LoggedChange> IN_TIME_ORDER = Comparator
            .comparingLong((LoggedChange c) -> c.change().at().toEpochMilli())
            .thenComparingLong(LoggedChange::sequence);

    private final ActiveObjects ao;
    private final RowInserter inserter;
    private final DealRowLock rowLock;

    BulkLogWriter(ActiveObjects ao, DealRowLock rowLock) {
        this.ao = ao;
        this.inserter = new RowInserter(ao);
        this.rowLock = rowLock;
    }

    /** Must run inside one transaction, as its first work: it locks the deals' existing state rows first. */
    void replace(String projectKey, PipelineConfig config, List<DealChanges> deals) {
        if (deals.isEmpty()) {
            return;
        }
        Object[] issueIds = deals.stream().map(d -> d.facts().issueId()).toArray();
        Map<Long, DealEntity> existing = Arrays.stream(rowLock.lockAll(issueIds))
                .collect(Collectors.toMap(DealEntity::getIssueId, Function.identity()));
        // A deal without a state row has logged nothing, so a first backfill deletes nothing.
        if (!existing.isEmpty()) {
            String logged = "ISSUE_ID IN (" + String.join(", ", Collections.nCopies(existing.size(), "?")) + ")";
            Object[] loggedIds = existing.keySet().toArray();
            ao.deleteWithSQL(TransitionEntity.class, logged, loggedIds);
            ao.deleteWithSQL(StayEntity.class, logged, loggedIds);
            ao.deleteWithSQL(FieldChangeEntity.class, logged, loggedIds);
        }
        List<Map<String, Object>> newDeals = new ArrayList<>();
        List<Map<String, Object>> transitions = new ArrayList<>();
        List<Map<String, Object>> stays = new ArrayList<>();
        List<Map<String, Object>> fieldChanges = new ArrayList<>();
        for (DealChanges deal : deals) {
            long issueId = deal.facts().issueId();
            deal.changes().forEach(change -> transitions.add(columns(AoStageLog.transitionParams(issueId, change))));
            deal.fieldChanges().forEach(change -> fieldChanges.add(columns(AoStageLog.fieldChangeParams(issueId, change))));
            DealHistory history = DealHistory.derive(asStored(deal.changes()), config.pipeline(), config.mapping());
            DealState state = DealState.of(history);
            DealEntity row = existing.get(issueId);
            if (row == null) {
                newDeals.add(newDealRow(projectKey, deal.facts(), state));
            } else {
                updateDealRow(row, projectKey, deal.facts(), state);
            }
            history.stays().forEach(stay -> stays.add(columns(DealStateWriter.stayParams(issueId, projectKey, stay))));
        }
        inserter.insert(DealEntity.class, newDeals);
        inserter.insert(TransitionEntity.class, transitions);
        inserter.insert(StayEntity.class, stays);
        inserter.insert(FieldChangeEntity.class, fieldChanges);
    }

    /** The changes in time order with their instants cut to milliseconds, as the transition table keeps them. */
    private static List<StatusChange> asStored(List<LoggedChange> changes) {
        List<LoggedChange> ordered = new ArrayList<>(changes);
        ordered.sort(IN_TIME_ORDER);
        return ordered.stream().map(LoggedChange::change)
                .map(c -> new StatusChange(Instant.ofEpochMilli(c.at().toEpochMilli()), c.statusId(), c.reason()))
                .toList();
    }

    private static void updateDealRow(DealEntity row, String projectKey, DealFacts deal, DealState state) {
        DealStateWriter.copyFacts(row, projectKey, deal);
        state.applyTo(row);
        row.setLogVersion(row.getLogVersion() + 1);
        row.save();
    }

    private static Map<String, Object> newDealRow(String projectKey, DealFacts deal, DealState state) {
        Map<String, Object> values = new HashMap<>();
        values.put("ISSUE_ID", deal.issueId());
        values.put("PROJECT_KEY", projectKey);
        values.put("ISSUE_KEY", deal.issueKey());
        values.put("ISSUE_NUMBER", deal.issueNumber());
        values.put("SUMMARY", deal.summary());
        values.put("CREATED_AT", deal.created().toEpochMilli());
        values.put("AMOUNT", deal.amount());
        values.put("OWNER", deal.owner());
        values.put("CLOSE_DAY", deal.expectedCloseDate() == null ? null : deal.expectedCloseDate().toEpochDay());
        values.put("LOG_VERSION", 1L);
        state.putInto(values);
        return values;
    }

    private static Map<String, Object> columns(DBParam[] params) {
        Map<String, Object> values = new HashMap<>();
        for (DBParam param : params) {
            values.put(param.getField(), param.getValue());
        }
        return values;
    }
}
