package org.salespipeline.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.salespipeline.history.Stay;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;

/** The reference computation of the metrics that list deals: stalled deals and the forecast with its slipped deals. */
final class DealLists {

    private DealLists() {
    }

    static List<StalledDeal> stalled(Pipeline pipeline, List<Deal> deals, Instant at, DealVisibility visibility,
            int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("Limit must not be negative, was " + limit);
        }
        List<StalledEntry> stalled = new ArrayList<>();
        for (Deal deal : deals) {
            deal.openStageAt(at).flatMap(pipeline::stage).ifPresent(stage -> {
                double days = Stay.daysBetween(deal.history().enteredCurrentStageAt(at).orElseThrow(), at);
                if (days > stage.rotDays()) {
                    stalled.add(new StalledEntry(deal.record(), stalledDeal(deal.record(), stage, days)));
                }
            });
        }
        return stalled.stream()
                .sorted(Comparator.comparingDouble((StalledEntry e) -> e.deal().daysOverdue()).reversed()
                        .thenComparing(StalledEntry::record, DealRecord.BY_ISSUE_KEY))
                .map(StalledEntry::deal)
                .filter(d -> visibility.canSee(d.issueKey()))
                .limit(limit)
                .toList();
    }

    static Forecast forecast(Pipeline pipeline, List<Deal> deals, LocalDate from, LocalDate to, Instant now,
            DealVisibility visibility) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A forecast window must start before it ends: from " + from + ", to " + to);
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<YearMonth, List<Deal>> byMonth = new TreeMap<>();
        List<Deal> slipped = new ArrayList<>();
        for (Deal deal : deals) {
            LocalDate close = deal.record().expectedCloseDate();
            if (close == null || deal.openStageAt(now).isEmpty()) {
                continue;
            }
            if (!close.isBefore(from) && close.isBefore(to)) {
                byMonth.computeIfAbsent(YearMonth.from(close), m -> new ArrayList<>()).add(deal);
            }
            if (close.isBefore(today)) {
                slipped.add(deal);
            }
        }
        List<ForecastMonth> months = new ArrayList<>();
        byMonth.forEach((month, inMonth) -> months.add(new ForecastMonth(month, inMonth.size(),
                inMonth.stream().mapToDouble(Deal::amountOrZero).sum(),
                inMonth.stream().mapToDouble(d -> weighted(pipeline, d, now)).sum())));
        return new Forecast(months, slipped.stream()
                .filter(d -> visibility.canSee(d.record().issueKey()))
                .sorted(Comparator.comparing((Deal d) -> d.record().expectedCloseDate())
                        .thenComparing(Deal::record, DealRecord.BY_ISSUE_KEY))
                .map(d -> slippedDeal(d, now))
                .toList());
    }

    static List<BoardColumn> board(Pipeline pipeline, List<Deal> deals, Instant now, BoardFilter filter,
            String stageKey, DealVisibility visibility, BoardPage page) {
        Map<String, List<BoardEntry>> byStage = new HashMap<>();
        for (Deal deal : deals) {
            if (filter.matches(deal.record())) {
                deal.openStageAt(now).flatMap(pipeline::stage).ifPresent(stage -> {
                    Instant entered = deal.history().enteredCurrentStageAt(now).orElseThrow();
                    double days = Stay.daysBetween(entered, now);
                    DealRecord record = deal.record();
                    byStage.computeIfAbsent(stage.key(), k -> new ArrayList<>()).add(new BoardEntry(record, entered,
                            new BoardCard(record.issueKey(), record.summary(), record.amount(), record.owner(),
                                    record.expectedCloseDate(), days, BoardColumns.rotting(stage, days))));
                });
            }
        }
        List<BoardColumn> columns = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            if (stageKey == null || stageKey.equals(stage.key())) {
                List<BoardCard> inOrder = byStage.getOrDefault(stage.key(), List.of()).stream()
                        .sorted(Comparator.comparing(BoardEntry::entered)
                                .thenComparing(BoardEntry::record, DealRecord.BY_ISSUE_KEY))
                        .map(BoardEntry::card).toList();
                columns.add(BoardColumns.of(stage, inOrder, visibility, page));
            }
        }
        return columns;
    }

    /** A board card kept with its record and when it entered its stage, for the board's order. */
    private record BoardEntry(DealRecord record, Instant entered, BoardCard card) {
    }

    private static double weighted(Pipeline pipeline, Deal deal, Instant now) {
        int probability = deal.openStageAt(now).flatMap(pipeline::stage).map(Stage::probability).orElse(0);
        return deal.amountOrZero() * probability / 100;
    }

    private static SlippedDeal slippedDeal(Deal deal, Instant now) {
        DealRecord record = deal.record();
        return new SlippedDeal(record.issueKey(), record.summary(), record.expectedCloseDate(), record.amount(),
                deal.openStageAt(now).orElseThrow());
    }

    private static StalledDeal stalledDeal(DealRecord record, Stage stage, double days) {
        return new StalledDeal(record.issueKey(), record.summary(), stage.key(), days, stage.rotDays(),
                days - stage.rotDays(), record.amount(), record.owner(), record.pushCount(null, null));
    }

    /** A stalled deal kept with its record so that ties can be ordered by issue key. */
    private record StalledEntry(DealRecord record, StalledDeal deal) {
    }
}
