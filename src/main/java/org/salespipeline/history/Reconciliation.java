package org.salespipeline.history;

import java.util.List;
import java.util.Objects;

/**
 * Finds deals whose stage log disagrees with the change-history source — a missed event, a failed write —
 * and repairs each by replacing its log; deals that agree are left untouched.
 */
public final class Reconciliation {

    private final StageLog stageLog;

    public Reconciliation(StageLog stageLog) {
        this.stageLog = stageLog;
    }

    /** How many deals a run compared with the source, and how many of them it repaired. */
    public record Tally(int checked, int repaired) {
    }

    /** Compares every deal of the project with the source and repairs those that differ. */
    public Tally run(String projectKey, ChangeHistorySource source) {
        int[] counts = {0, 0};
        source.deals(projectKey, 0, deal -> {
            counts[0]++;
            long issueId = deal.facts().issueId();
            if (!sameHistory(stageLog.changes(issueId), deal.changes())
                    || !sameFields(stageLog.fieldChanges(issueId), deal.fieldChanges())) {
                stageLog.replace(projectKey, deal);
                counts[1]++;
            }
            return true;
        });
        return new Tally(counts[0], counts[1]);
    }

    /** The same field changes (field, instant and values) in the same order. */
    static boolean sameFields(List<LoggedFieldChange> logged, List<LoggedFieldChange> source) {
        List<FieldChange> a = inOrder(logged);
        List<FieldChange> b = inOrder(source);
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            FieldChange x = a.get(i);
            FieldChange y = b.get(i);
            if (x.field() != y.field() || x.at().toEpochMilli() != y.at().toEpochMilli()
                    || !Objects.equals(x.from(), y.from()) || !Objects.equals(x.to(), y.to())) {
                return false;
            }
        }
        return true;
    }

    private static List<FieldChange> inOrder(List<LoggedFieldChange> changes) {
        return changes.stream().sorted(java.util.Comparator
                        .comparing((LoggedFieldChange c) -> c.change().field())
                        .thenComparingLong(c -> c.change().at().toEpochMilli())
                        .thenComparingLong(LoggedFieldChange::sequence))
                .map(LoggedFieldChange::change).toList();
    }

    /** The same statuses in the same order (keys and instants may differ by how each side saw the change). */
    static boolean sameHistory(List<LoggedChange> logged, List<LoggedChange> source) {
        if (logged.size() != source.size()) {
            return false;
        }
        for (int i = 0; i < logged.size(); i++) {
            StatusChange a = logged.get(i).change();
            StatusChange b = source.get(i).change();
            if (!a.statusId().equals(b.statusId()) || !Objects.equals(a.reason(), b.reason())) {
                return false;
            }
        }
        return true;
    }
}
