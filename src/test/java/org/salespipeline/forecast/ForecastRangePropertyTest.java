package org.salespipeline.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.ForecastScenarios;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.StatusChange;
import org.salespipeline.metrics.DealRecord;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.FiscalCalendar.Granularity;
import org.salespipeline.pipeline.FiscalCalendar.Period;
import org.salespipeline.testing.PropertyCheck;

/** The forecast range's properties on generated histories, windows, instants and owners. */
class ForecastRangePropertyTest {

    private static final int TRIES = 8;
    private static final Instant END = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    @DisplayName("P10 ≤ P50 ≤ P90, won so far ≤ P10, and every part between 0 and its total")
    void thePercentilesAreOrderedAndStartAtWhatWasWon() {
        PropertyCheck.forAll(TRIES, 21L, Case::draw, c -> {
            ForecastRange range = c.range(c.records());
            assertThat(range.wonSoFar()).isLessThanOrEqualTo(range.p10());
            assertThat(range.p10()).isLessThanOrEqualTo(range.p50());
            assertThat(range.p50()).isLessThanOrEqualTo(range.p90());
            assertThat(range.fromOpenDeals().p10()).isLessThanOrEqualTo(range.fromOpenDeals().p50());
            assertThat(range.fromOpenDeals().p50()).isLessThanOrEqualTo(range.fromOpenDeals().p90());
            assertThat(range.fromOpenDeals().p90()).isLessThanOrEqualTo(range.p90() - range.wonSoFar() + 1e-6);
            assertThat(range.fromNewDealsP50()).isGreaterThanOrEqualTo(0);
            assertThat(range.weightedPipeline()).isGreaterThanOrEqualTo(range.wonSoFar());
            assertThat(range.method()).isEqualTo("simulation-2000");
        });
    }

    @Test
    @DisplayName("The same deals, in any order, and any instant within the same hour give the same answer")
    void theSameDataAndInstantGiveTheSameAnswer() {
        PropertyCheck.forAll(TRIES, 22L, Case::draw, c -> {
            List<DealRecord> shuffled = new ArrayList<>(c.records());
            Collections.shuffle(shuffled, new Random(c.at().toEpochMilli()));
            ForecastRange range = c.range(c.records());
            assertThat(c.range(shuffled)).isEqualTo(range);
            Case laterInTheHour = c.at(c.at().truncatedTo(ChronoUnit.HOURS).plusSeconds(3_599));
            assertThat(laterInTheHour.range(c.records())).isEqualTo(range);
        });
    }

    @Test
    @DisplayName("Deals created, moved or changed at T or later do not change the answer as of T")
    void changesAtOrAfterTLeaveTheAnswerAsOfT() {
        PropertyCheck.forAll(TRIES, 23L, Case::draw, c -> {
            Instant t = Forecasts.asOf(c.at());
            Random random = new Random(t.toEpochMilli());
            List<DealRecord> changed = new ArrayList<>();
            for (DealRecord deal : c.records()) {
                changed.add(random.nextBoolean() ? deal : laterChanges(deal, t, random));
            }
            for (int i = 0; i < 20; i++) {
                changed.add(new DealRecord("ACME-" + (100_000 + i), "Later", t.plusSeconds(60 * i), 50_000.0, "anna.berg",
                        LocalDate.ofInstant(t, java.time.ZoneOffset.UTC).plusDays(10),
                        List.of(new StatusChange(t.plusSeconds(60 * i), "Closing"),
                                new StatusChange(t.plusSeconds(3_600 + 60 * i), "Closed Won"))));
            }
            assertThat(c.range(changed)).isEqualTo(c.range(c.records()));
        });
    }

    @Test
    @DisplayName("A window wholly before T has nothing left to win: all three percentiles are what was won in it")
    void withNoOpenDealsAndNoNewBusinessAllThreeAreWhatWasWon() {
        PropertyCheck.forAll(TRIES, 24L, Case::draw, c -> {
            Case past = c.window(c.from().minus(400, ChronoUnit.DAYS), c.from().minus(300, ChronoUnit.DAYS));
            ForecastRange range = past.range(c.records());
            assertThat(List.of(range.p10(), range.p50(), range.p90())).containsOnly(range.wonSoFar());
            assertThat(range.fromOpenDeals()).isEqualTo(new ForecastRange.Band(0, 0, 0));
            assertThat(range.fromNewDealsP50()).isZero();
        });
        PipelineConfig config = config();
        Instant t = Instant.parse("2026-05-15T00:00:00Z");
        List<DealRecord> closed = List.of(
                won(1, Instant.parse("2026-04-10T10:00:00Z"), 1_000.0, Instant.parse("2026-04-03T00:00:00Z")),
                won(2, Instant.parse("2026-05-02T10:00:00Z"), 250.0, Instant.parse("2026-04-20T00:00:00Z")),
                won(3, Instant.parse("2026-03-30T10:00:00Z"), 9_999.0, Instant.parse("2026-03-01T00:00:00Z")));
        ForecastRange range = new Forecasts(ForecastDeals.of(closed), calibrated(config, closed)).range(config.pipeline(),
                config.mapping(), FiscalCalendar.DEFAULT, Instant.parse("2026-04-01T00:00:00Z"),
                Instant.parse("2026-07-01T00:00:00Z"), t, OwnerFilter.any());
        assertThat(range).as("ACME-1 and ACME-2 won in the quarter before T, ACME-3 before it; nothing open, no history"
                + " of new business").isEqualTo(new ForecastRange(1_250, 1_250, 1_250, 1_250,
                        new ForecastRange.Band(0, 0, 0), 0, 1_250, 1_250, 0, "simulation-2000"));
    }

    /** The deal with a move to Closed Won or Lost, an amount and a close date set at T or later, after its last change. */
    private static DealRecord laterChanges(DealRecord deal, Instant t, Random random) {
        Instant last = t;
        for (StatusChange change : deal.changes()) {
            last = change.at().isAfter(last) ? change.at() : last;
        }
        for (FieldChange change : deal.fieldChanges()) {
            last = change.at().isAfter(last) ? change.at() : last;
        }
        Instant at = last.equals(t) && random.nextBoolean() ? t : last.plusSeconds(1 + random.nextInt(86_400 * 30));
        List<StatusChange> changes = new ArrayList<>(deal.changes());
        changes.add(new StatusChange(at, random.nextBoolean() ? "Closed Won" : "Closed Lost"));
        List<FieldChange> fields = new ArrayList<>(deal.fieldChanges());
        LocalDate newDate = LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).plusDays(random.nextInt(60));
        fields.add(FieldChange.closeDate(at, deal.expectedCloseDate(), newDate));
        fields.add(FieldChange.amount(at, deal.amount(), 77_777.0));
        return new DealRecord(deal.issueKey(), deal.summary(), deal.created(), 77_777.0, deal.owner(), newDate, changes,
                fields);
    }

    private static DealRecord won(long number, Instant wonAt, double amount, Instant created) {
        return new DealRecord("ACME-" + number, "Deal " + number, created, amount, "anna.berg",
                LocalDate.ofInstant(wonAt, java.time.ZoneOffset.UTC),
                List.of(new StatusChange(created, "Proposal"), new StatusChange(wonAt, "Closed Won")));
    }

    static PipelineConfig config() {
        return ForecastScenarios.generate(ForecastScenarios.Scenario.STEADY, 1, 1, "ACME", END).pipelines().get(0).config();
    }

    static WinProbabilitySource calibrated(PipelineConfig config, List<DealRecord> records) {
        return (pipeline, at) -> ReferenceWinProbabilities.of(config.mapping(), records).calibration(pipeline, at,
                Calibration.DEFAULT_LOOKBACK_DAYS);
    }

    /** A generated history, a fiscal month or quarter, an instant T near it and an owner. */
    record Case(PipelineConfig config, List<DealRecord> records, Instant from, Instant to, Instant at, OwnerFilter owner) {

        static Case draw(Random random) {
            ForecastScenarios.Scenario scenario = ForecastScenarios.Scenario.values()[random.nextInt(4)];
            HistoryFile data = ForecastScenarios.generate(scenario, random.nextLong(), 150 + random.nextInt(150), "ACME",
                    END);
            Granularity granularity = random.nextBoolean() ? Granularity.MONTH : Granularity.QUARTER;
            Period period = FiscalCalendar.DEFAULT.containing(granularity,
                    END.minusSeconds(86_400L * (20 + random.nextInt(300))));
            long span = period.to().getEpochSecond() - period.from().getEpochSecond();
            Instant at = period.from().plusSeconds((long) (random.nextDouble() * 1.4 * span) - span / 5);
            OwnerFilter owner = random.nextInt(3) == 0 ? OwnerFilter.of("ben.okafor") : OwnerFilter.any();
            return new Case(data.pipelines().get(0).config(), data.deals().stream().map(DealSpec::toRecord).toList(),
                    period.from(), period.to(), at, owner);
        }

        @Override
        public String toString() {
            return records.size() + " deals, window [" + from + ", " + to + ") as of " + at + ", " + owner;
        }

        Case at(Instant other) {
            return new Case(config, records, from, to, other, owner);
        }

        Case window(Instant start, Instant end) {
            return new Case(config, records, start, end, at, owner);
        }

        ForecastRange range(List<DealRecord> deals) {
            return new Forecasts(ForecastDeals.of(deals), calibrated(config, deals)).range(config.pipeline(),
                    config.mapping(), FiscalCalendar.DEFAULT, from, to, at, owner);
        }
    }
}
