package org.salespipeline.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.salespipeline.history.DealHistory;
import org.salespipeline.history.DealOutcome;
import org.salespipeline.history.StatusChange;
import org.salespipeline.history.Stay;
import org.salespipeline.metrics.DealRecord;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StatusMapping;

/**
 * The oracle for win probabilities: cuts every deal's history at the instant, derives what that part means, and
 * applies {@link Calibration}'s rules in memory, for clarity not speed.
 */
public final class ReferenceWinProbabilities implements WinProbabilities {

    private final StatusMapping mapping;
    private final Supplier<Stream<DealRecord>> source;

    private ReferenceWinProbabilities(StatusMapping mapping, Supplier<Stream<DealRecord>> source) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Calibrates on the given deals. */
    public static ReferenceWinProbabilities of(StatusMapping mapping, Iterable<DealRecord> deals) {
        return new ReferenceWinProbabilities(mapping, () -> StreamSupport.stream(deals.spliterator(), false));
    }

    /** Calibrates on the deals of a fresh stream per call. */
    public static ReferenceWinProbabilities streaming(StatusMapping mapping, Supplier<Stream<DealRecord>> deals) {
        return new ReferenceWinProbabilities(mapping, deals);
    }

    @Override
    public List<StageCalibration> calibration(Pipeline pipeline, Instant at, int lookbackDays) {
        Calibration.requireValidLookback(lookbackDays);
        List<DealHistory> histories = historiesBefore(pipeline, at);
        List<StageCalibration> stages = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            List<FirstEntry> entries = new ArrayList<>();
            for (DealHistory history : histories) {
                firstEntry(history, stage.key()).ifPresent(entered -> entries.add(new FirstEntry(entered,
                        history.outcome().orElse(null))));
            }
            List<Long> durations = entries.stream().filter(e -> e.outcome() != null)
                    .map(e -> Duration.between(e.entered(), e.outcome().at()).toMillis()).sorted().toList();
            int rank = Calibration.maturityRank(durations.size());
            long maturity = rank == 0 ? 0 : Calibration.maturityMillis(durations.get(rank - 1));
            Window cohort = Calibration.cohort(at, lookbackDays, maturity);
            int closed = 0;
            int won = 0;
            for (FirstEntry entry : entries) {
                if (entry.outcome() != null && cohort.contains(entry.entered())) {
                    closed++;
                    won += entry.outcome().outcome() == Outcome.WON ? 1 : 0;
                }
            }
            stages.add(Calibration.stage(stage.key(), stage.probability(), closed, won, maturity));
        }
        return stages;
    }

    /** What each deal's changes before the instant mean: only those were recorded as of it. */
    private List<DealHistory> historiesBefore(Pipeline pipeline, Instant at) {
        try (Stream<DealRecord> records = source.get()) {
            return records.map(r -> {
                List<StatusChange> before = r.changes().stream().filter(c -> c.at().isBefore(at)).toList();
                return DealHistory.derive(before, pipeline, mapping);
            }).toList();
        }
    }

    private static Optional<Instant> firstEntry(DealHistory history, String stageKey) {
        return history.stays().stream().filter(s -> s.stageKey().equals(stageKey)).map(Stay::entered).findFirst();
    }

    private record FirstEntry(Instant entered, DealOutcome outcome) {
    }
}
