package org.salespipeline.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.salespipeline.history.DealHistory;
import org.salespipeline.history.DealOutcome;
import org.salespipeline.history.Stay;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.pipeline.StatusMapping;

/** The oracle and benchmark baseline: computes every metric in memory from full histories, for clarity not speed. */
public final class ReferenceMetrics implements PipelineMetrics {

    private final StatusMapping mapping;
    private final Supplier<Stream<DealRecord>> source;

    private ReferenceMetrics(StatusMapping mapping, Supplier<Stream<DealRecord>> source) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Measures the given deals. */
    public static ReferenceMetrics of(StatusMapping mapping, Iterable<DealRecord> deals) {
        return new ReferenceMetrics(mapping, () -> StreamSupport.stream(deals.spliterator(), false));
    }

    /** Measures the deals of a fresh stream per call, so that a caller can stream them from a database. */
    public static ReferenceMetrics streaming(StatusMapping mapping, Supplier<Stream<DealRecord>> deals) {
        return new ReferenceMetrics(mapping, deals);
    }

    @Override
    public FunnelReport funnel(Pipeline pipeline, Window window, OwnerFilter owner) {
        List<Deal> cohort = deals(pipeline, owner).stream().filter(d -> window.contains(d.record().created())).toList();
        int[] reached = new int[pipeline.wonPosition() + 2];
        for (Deal deal : cohort) {
            for (int position = 1; position <= deal.history().position(); position++) {
                reached[position]++;
            }
        }
        List<FunnelStep> steps = new ArrayList<>();
        for (int i = 1; i <= pipeline.size(); i++) {
            Stage stage = pipeline.stages().get(i - 1);
            steps.add(new FunnelStep(StageRef.stage(stage.key()), reached[i], Stats.ratio(reached[i + 1], reached[i])));
        }
        steps.add(new FunnelStep(StageRef.outcome(Outcome.WON), reached[pipeline.wonPosition()], null));
        return new FunnelReport(cohort.size(), steps);
    }

    @Override
    public ClosedDeals closed(Pipeline pipeline, Window window, OwnerFilter owner) {
        List<Deal> deals = deals(pipeline, owner);
        List<Double> wonAmounts = new ArrayList<>();
        List<Double> cycleDays = new ArrayList<>();
        int lost = 0;
        for (Deal deal : deals) {
            if (deal.outcomeIn(window, Outcome.LOST).isPresent()) {
                lost++;
            }
            Optional<DealOutcome> won = deal.outcomeIn(window, Outcome.WON);
            if (won.isPresent()) {
                cycleDays.add(Stay.daysBetween(deal.record().created(), won.get().at()));
                if (deal.record().amount() != null) {
                    wonAmounts.add(deal.record().amount());
                }
            }
        }
        int won = cycleDays.size();
        return new ClosedDeals(won, lost, Stats.ratio(won, won + lost), Stats.mean(wonAmounts), Stats.mean(cycleDays));
    }

    @Override
    public PipelineSummary summary(Pipeline pipeline, Instant at, OwnerFilter owner) {
        List<Deal> deals = deals(pipeline, owner);
        List<StageValue> stages = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            List<Deal> inStage = deals.stream().filter(d -> d.openStageAt(at).filter(stage.key()::equals).isPresent()).toList();
            double value = inStage.stream().mapToDouble(Deal::amountOrZero).sum();
            double weighted = inStage.stream().mapToDouble(d -> d.amountOrZero() * stage.probability() / 100).sum();
            stages.add(new StageValue(stage.key(), inStage.size(), value, weighted));
        }
        return new PipelineSummary(stages,
                stages.stream().mapToInt(StageValue::deals).sum(),
                stages.stream().mapToDouble(StageValue::value).sum(),
                stages.stream().mapToDouble(StageValue::weightedValue).sum());
    }

    @Override
    public Velocity velocity(Pipeline pipeline, Window window, OwnerFilter owner) {
        int open = (int) deals(pipeline, owner).stream().filter(d -> d.openStageAt(window.to()).isPresent()).count();
        ClosedDeals closed = closed(pipeline, window, owner);
        Double perDay = null;
        if (closed.averageDealSize() != null && closed.winRate() != null && closed.salesCycleDays() != null
                && closed.salesCycleDays() != 0) {
            perDay = open * closed.averageDealSize() * closed.winRate() / closed.salesCycleDays();
        }
        return new Velocity(open, closed.won(), closed.lost(), closed.winRate(), closed.averageDealSize(),
                closed.salesCycleDays(), perDay);
    }

    @Override
    public TimeInStage timeInStage(Pipeline pipeline, Window window, OwnerFilter owner) {
        List<Stay> ended = deals(pipeline, owner).stream()
                .flatMap(d -> d.history().stays().stream())
                .filter(s -> s.endedAt().filter(window::contains).isPresent())
                .toList();
        List<StageTime> stages = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            List<Double> days = ended.stream().filter(s -> s.stageKey().equals(stage.key())).map(Stay::days).toList();
            stages.add(new StageTime(stage.key(), days.size(), Stats.mean(days), Stats.median(days)));
        }
        return new TimeInStage(stages);
    }

    @Override
    public List<StalledDeal> stalled(Pipeline pipeline, Instant at, OwnerFilter owner, DealVisibility visibility,
            int limit) {
        return DealLists.stalled(pipeline, deals(pipeline, owner), at, visibility, limit);
    }

    @Override
    public OutcomeReport outcomes(Pipeline pipeline, Window window, OwnerFilter owner) {
        return Outcomes.report(deals(pipeline, owner), window);
    }

    @Override
    public Forecast forecast(Pipeline pipeline, LocalDate from, LocalDate to, Instant now, OwnerFilter owner,
            DealVisibility visibility) {
        return DealLists.forecast(pipeline, deals(pipeline, owner), from, to, now, visibility);
    }

    @Override
    public List<BoardColumn> board(Pipeline pipeline, Instant now, OwnerFilter owner, BoardFilter filter,
            String stageKey, DealVisibility visibility, BoardPage page) {
        return DealLists.board(pipeline, deals(pipeline, owner), now, filter, stageKey, visibility, page);
    }

    /**
     * What changed in the pipeline over the period (README, "Pipeline changes"); without a close window (null)
     * every open deal is in the pipeline.
     */
    @Override
    public Flow flow(Pipeline pipeline, Window period, CloseWindow window, OwnerFilter owner) {
        return Flow.of(deals(pipeline, owner), period, window);
    }

    @Override
    public List<String> owners(Pipeline pipeline) {
        return deals(pipeline, OwnerFilter.any()).stream().map(d -> d.record().owner()).filter(java.util.Objects::nonNull)
                .distinct().sorted().toList();
    }

    @Override
    public List<FlowDeal> flowDeals(Pipeline pipeline, Window period, CloseWindow window, OwnerFilter owner, String list,
            DealVisibility visibility, int start, int limit) {
        List<Deal> deals = deals(pipeline, owner);
        Map<String, Integer> pushCounts = new HashMap<>();
        deals.forEach(deal -> pushCounts.put(deal.record().issueKey(), deal.record().pushCount(period.from(), period.to())));
        return FlowDeal.page(Flow.deals(deals, period, window), list, key -> pushCounts.getOrDefault(key, 0), visibility,
                start, limit);
    }

    private List<Deal> deals(Pipeline pipeline, OwnerFilter owner) {
        try (Stream<DealRecord> records = source.get()) {
            return records.filter(r -> owner.matches(r.owner()))
                    .map(r -> new Deal(r, DealHistory.derive(r.changes(), pipeline, mapping)))
                    .toList();
        }
    }
}
