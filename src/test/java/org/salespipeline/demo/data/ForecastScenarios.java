package org.salespipeline.demo.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.StatusChange;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.PipelineTemplate;

/**
 * Generates seven-stage histories from known scenarios, for choosing and checking the forecast model and for the
 * benchmark's data: the true chance of moving on from each stage, how long each stage takes, and how reps set and
 * push their expected close dates are fixed per scenario, so that what a forecast should have said is known. The
 * same scenario, seed and count always give the same history.
 */
public final class ForecastScenarios {

    /** The kinds of history the model is chosen on. */
    public enum Scenario {
        /** Win rates and habits stay the same all the time. */
        STEADY,
        /** The chance to win in the late stages rises and falls over each year. */
        DRIFTING_WIN_RATE,
        /** Most wins are signed in the last ten days of a quarter. */
        QUARTER_END_SPIKES,
        /** Proposal and negotiation take far longer than reps plan, so their close dates slip more. */
        SLIPPING_STAGES
    }

    /** The true chance of leaving each stage for the next one (for the last: of being won). */
    public static final double[] MOVE_ON = {0.75, 0.8, 0.85, 0.8, 0.75, 0.8, 0.85};
    private static final double[] STAGE_DAYS = {10, 12, 12, 15, 18, 20, 10};
    private static final List<String> OWNERS = List.of("anna.berg", "ben.okafor", "carla.mendes", "dev.patel",
            "elif.yilmaz");
    private static final long DAY = 86_400;
    private static final long SPAN_DAYS = 730;
    private static final double MEDIAN_AMOUNT = 20_000;

    private ForecastScenarios() {
    }

    /** {@code dealCount} deals of {@code projectKey} created over the two years before {@code end}, cut off at end. */
    public static HistoryFile generate(Scenario scenario, long seed, int dealCount, String projectKey, Instant end) {
        return new HistoryFile(List.of(pipeline(projectKey)), deals(scenario, seed, dealCount, projectKey, end).toList());
    }

    /** The pipeline the scenarios' deals run through: the seven-stage template with its default probabilities. */
    public static PipelineSpec pipeline(String projectKey) {
        return new PipelineSpec(projectKey, projectKey + " sales", PipelineTemplate.SEVEN_STAGE.id(), "USD");
    }

    /** The same deals as {@link #generate}, made one at a time as the stream is read, for data sets too large to hold. */
    public static Stream<DealSpec> deals(Scenario scenario, long seed, int dealCount, String projectKey, Instant end) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> statuses = PipelineTemplate.SEVEN_STAGE.statusNames();
        long start = end.getEpochSecond() - SPAN_DAYS * DAY;
        return IntStream.range(0, dealCount).mapToObj(i -> {
            long created = start + (long) ((double) i / dealCount * SPAN_DAYS * DAY) + random.nextLong(DAY);
            return deal(scenario, new SplittableRandom(random.nextLong()), i + 1, projectKey, created, start,
                    end.getEpochSecond(), statuses);
        });
    }

    private static DealSpec deal(Scenario scenario, SplittableRandom random, long number, String projectKey,
            long created, long start, long end, List<String> statuses) {
        List<StatusChange> history = new ArrayList<>();
        List<FieldChange> fields = new ArrayList<>();
        double amount = Math.max(500, Math.rint(MEDIAN_AMOUNT * Math.exp(0.8 * random.nextGaussian())));
        double planned = 0;
        for (double days : STAGE_DAYS) {
            planned += days;
        }
        LocalDate closeDate = day(created + (long) (planned * Math.exp(0.3 * random.nextGaussian()) * DAY));
        if (scenario == Scenario.QUARTER_END_SPIKES) {
            closeDate = quarterEnd(closeDate);
        }
        LocalDate createdWith = closeDate;
        double createdAmount = amount;
        history.add(new StatusChange(Instant.ofEpochSecond(created), statuses.get(0)));
        long t = created;
        int stage = 0;
        boolean revised = random.nextInt(10) < 3;
        while (true) {
            double days = STAGE_DAYS[stage] * (0.3 + random.nextDouble() * 1.4);
            if (scenario == Scenario.SLIPPING_STAGES && (stage == 4 || stage == 5)) {
                days *= 3;
            }
            long next = t + (long) (days * DAY);
            // Reps push a date that has passed by two to six weeks, a few days after it passed.
            long due = Instant.ofEpochSecond(0).plusSeconds(closeDate.toEpochDay() * DAY).getEpochSecond();
            while (due + 3 * DAY < next && due + 3 * DAY < end) {
                LocalDate pushed = day(due + (14 + random.nextInt(29)) * DAY);
                if (scenario == Scenario.QUARTER_END_SPIKES) {
                    pushed = quarterEnd(pushed);
                }
                fields.add(FieldChange.closeDate(Instant.ofEpochSecond(due + 3 * DAY + random.nextLong(DAY)),
                        closeDate, pushed));
                closeDate = pushed;
                due = pushed.toEpochDay() * DAY;
            }
            if (revised && stage == 3) {
                double changed = Math.rint(amount * (0.8 + random.nextDouble() * 0.4));
                fields.add(FieldChange.amount(Instant.ofEpochSecond(t + DAY), amount, changed));
                amount = changed;
                revised = false;
            }
            boolean movesOn = random.nextDouble() < MOVE_ON[stage] * drift(scenario, stage, next, start);
            if (!movesOn) {
                boolean disqualified = stage <= 1 && random.nextBoolean();
                history.add(new StatusChange(Instant.ofEpochSecond(next), statuses.get(disqualified ? 9 : 8),
                        disqualified ? "No budget" : "Price"));
                break;
            }
            if (stage == STAGE_DAYS.length - 1) {
                if (scenario == Scenario.QUARTER_END_SPIKES && random.nextInt(10) < 7) {
                    next = Math.max(next, quarterEnd(day(next)).toEpochDay() * DAY - random.nextLong(10 * DAY));
                }
                history.add(new StatusChange(Instant.ofEpochSecond(next), statuses.get(7)));
                break;
            }
            stage++;
            history.add(new StatusChange(Instant.ofEpochSecond(next), statuses.get(stage)));
            t = next;
        }
        return cut(number, projectKey, created, createdAmount, createdWith, OWNERS.get(random.nextInt(OWNERS.size())),
                history, fields, end);
    }

    /** The late stages' chance to move on rises and falls by a quarter over each year in the drifting scenario. */
    private static double drift(Scenario scenario, int stage, long at, long start) {
        if (scenario != Scenario.DRIFTING_WIN_RATE || stage < 4) {
            return 1;
        }
        return Math.min(1 / MOVE_ON[stage], 1 + 0.25 * Math.sin(2 * Math.PI * (at - start) / (365.0 * DAY)));
    }

    /** The history as recorded up to {@code end}: later changes not yet made, today's values the last ones before. */
    private static DealSpec cut(long number, String projectKey, long created, double amount, LocalDate closeDate,
            String owner, List<StatusChange> history, List<FieldChange> fields, long end) {
        Instant cutoff = Instant.ofEpochSecond(end);
        List<StatusChange> happened = history.stream().filter(c -> c.at().isBefore(cutoff)).toList();
        List<FieldChange> made = fields.stream().filter(c -> c.at().isBefore(cutoff))
                .sorted(java.util.Comparator.comparing(FieldChange::at)).toList();
        Double amountNow = amount;
        LocalDate closeNow = closeDate;
        for (FieldChange change : made) {
            if (change.field() == org.salespipeline.history.DealField.AMOUNT) {
                amountNow = org.salespipeline.history.DealField.amount(change.to());
            } else {
                closeNow = org.salespipeline.history.DealField.closeDate(change.to());
            }
        }
        return new DealSpec(number, projectKey + "-" + number, "Deal " + number, Instant.ofEpochSecond(created),
                amountNow, owner, closeNow, happened, made);
    }

    private static LocalDate day(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    /** The last day of the calendar quarter holding the day. */
    private static LocalDate quarterEnd(LocalDate day) {
        return FiscalCalendar.DEFAULT.containing(FiscalCalendar.Granularity.QUARTER,
                day.atStartOfDay(ZoneOffset.UTC).toInstant()).endDay().minusDays(1);
    }
}
