package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.salespipeline.history.Stay;

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

    BulkLogWriter(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Must run inside one transaction; updating an existing state row takes its lock as the per-change path does. */
    void replace(String projectKey, PipelineConfig config, List<DealChanges> deals) {
        if (deals.isEmpty()) {
            return;
        }
        String criteria = "ISSUE_ID IN (" + String.join(", ", java.util.Collections.nCopies(deals.size(), "?")) + ")";
        Object[] issueIds = deals.stream().map(d -> d.facts().issueId()).toArray();
        Map<Long, DealEntity> existing = Arrays.stream(ao.find(DealEntity.class, criteria, issueIds))
                .collect(Collectors.toMap(DealEntity::getIssueId, Function.identity()));
        ao.deleteWithSQL(TransitionEntity.class, criteria, issueIds);
        ao.deleteWithSQL(StayEntity.class, criteria, issueIds);
        for (DealChanges deal : deals) {
            deal.changes().forEach(change -> insertTransition(deal.facts().issueId(), change));
            DealHistory history = DealHistory.derive(asStored(deal.changes()), config.pipeline(), config.mapping());
            writeState(projectKey, deal.facts(), DealState.of(history), existing.get(deal.facts().issueId()));
            for (Stay stay : history.stays()) {
                ao.create(StayEntity.class, DealStateWriter.stayParams(deal.facts().issueId(), projectKey, stay));
            }
        }
    }

    /** The changes in time order with their instants cut to milliseconds, as the transition table keeps them. */
    private static List<StatusChange> asStored(List<LoggedChange> changes) {
        List<LoggedChange> ordered = new ArrayList<>(changes);
        ordered.sort(IN_TIME_ORDER);
        return ordered.stream().map(LoggedChange::change)
                .map(c -> new StatusChange(Instant.ofEpochMilli(c.at().toEpochMilli()), c.statusId(), c.reason()))
                .toList();
    }

    private void insertTransition(long issueId, LoggedChange change) {
        ao.create(TransitionEntity.class, AoStageLog.transitionParams(issueId, change));
    }

    private void writeState(String projectKey, DealFacts deal, DealState state, DealEntity row) {
        if (row != null) {
            DealStateWriter.copyFacts(row, projectKey, deal);
            state.applyTo(row);
            row.setLogVersion(row.getLogVersion() + 1);
            row.save();
            return;
        }
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
        // Null columns are left out: they are null by default, and a typed null is not portable across drivers.
        ao.create(DealEntity.class, values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> new DBParam(e.getKey(), e.getValue())).toArray(DBParam[]::new));
    }
}
