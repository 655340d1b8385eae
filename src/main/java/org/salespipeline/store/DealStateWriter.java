package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.java.ao.DBParam;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.DealHistory;
import org.salespipeline.history.StatusChange;
import org.salespipeline.history.Stay;

/** Brings a deal's state row and stays in line with its logged transitions, as the core derives them. */
final class DealStateWriter {

    private final ActiveObjects ao;

    DealStateWriter(ActiveObjects ao) {
        this.ao = ao;
    }

    static void copyFacts(DealEntity row, String projectKey, DealFacts deal) {
        row.setProjectKey(projectKey);
        row.setIssueKey(deal.issueKey());
        row.setIssueNumber(deal.issueNumber());
        row.setSummary(deal.summary());
        row.setCreatedAt(deal.created().toEpochMilli());
        row.setAmount(deal.amount());
        row.setOwner(deal.owner());
        row.setCloseDay(deal.expectedCloseDate() == null ? null : deal.expectedCloseDate().toEpochDay());
    }

    /** The logged transitions as status changes, in the order given. */
    static List<StatusChange> statusChanges(List<TransitionEntity> transitions) {
        return transitions.stream()
                .map(t -> new StatusChange(Instant.ofEpochMilli(t.getOccurredAt()), t.getStatusId(), t.getReason()))
                .toList();
    }

    /** Derives the deal's state row and stays from all of its changes in time order. */
    void rederive(DealEntity row, PipelineConfig config, List<StatusChange> changes) {
        DealHistory history = DealHistory.derive(changes, config.pipeline(), config.mapping());
        writeState(row, history);
        writeStays(row, history.stays());
    }

    private static void writeState(DealEntity row, DealHistory history) {
        DealState.of(history).applyTo(row);
        row.save();
    }

    /**
     * Keeps the stays that did not change and rewrites the rest in place where it can: usually only the last
     * stay changes, when the deal leaves the stage, so one update and one insert follow a change.
     */
    private void writeStays(DealEntity row, List<Stay> derived) {
        List<StayEntity> stored = new ArrayList<>(Arrays.asList(ao.find(StayEntity.class, "ISSUE_ID = ?", row.getIssueId())));
        stored.sort(Comparator.comparingLong(StayEntity::getEnteredAt).thenComparingInt(StayEntity::getID));
        int same = 0;
        while (same < stored.size() && same < derived.size() && matches(stored.get(same), derived.get(same), row)) {
            same++;
        }
        int rewritten = same;
        for (; rewritten < stored.size() && rewritten < derived.size(); rewritten++) {
            rewrite(stored.get(rewritten), derived.get(rewritten), row.getProjectKey());
        }
        if (rewritten < stored.size()) {
            ao.delete(stored.subList(rewritten, stored.size()).toArray(new StayEntity[0]));
        }
        for (Stay stay : derived.subList(rewritten, derived.size())) {
            ao.create(StayEntity.class, stayParams(row.getIssueId(), row.getProjectKey(), stay));
        }
    }

    private static void rewrite(StayEntity stored, Stay stay, String projectKey) {
        Long ended = stay.endedAt().map(Instant::toEpochMilli).orElse(null);
        stored.setProjectKey(projectKey);
        stored.setStageKey(stay.stageKey());
        stored.setEnteredAt(stay.entered().toEpochMilli());
        stored.setEndedAt(ended);
        stored.setDurationMs(ended == null ? null : ended - stay.entered().toEpochMilli());
        stored.save();
    }

    static DBParam[] stayParams(long issueId, String projectKey, Stay stay) {
        Long ended = stay.endedAt().map(Instant::toEpochMilli).orElse(null);
        return new DBParam[] {
            new DBParam("ISSUE_ID", issueId),
            new DBParam("PROJECT_KEY", projectKey),
            new DBParam("STAGE_KEY", stay.stageKey()),
            new DBParam("ENTERED_AT", stay.entered().toEpochMilli()),
            new DBParam("ENDED_AT", ended),
            new DBParam("DURATION_MS", ended == null ? null : ended - stay.entered().toEpochMilli())};
    }

    private static boolean matches(StayEntity stored, Stay stay, DealEntity row) {
        Long ended = stay.endedAt().map(Instant::toEpochMilli).orElse(null);
        return stored.getStageKey().equals(stay.stageKey())
                && stored.getEnteredAt() == stay.entered().toEpochMilli()
                && java.util.Objects.equals(stored.getEndedAt(), ended)
                && stored.getProjectKey().equals(row.getProjectKey());
    }
}
