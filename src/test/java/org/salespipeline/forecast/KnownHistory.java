package org.salespipeline.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.salespipeline.history.StatusChange;
import org.salespipeline.metrics.DealRecord;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.StatusMapping;

/**
 * Generated deal histories of the seven-stage pipeline whose true stage win probabilities are known: each deal is
 * created in Prospecting and moves forward one stage at a time; from stage i it goes on with the chance
 * p(i) ÷ p(i + 1) (p after the last stage being 1, the win) and otherwise ends, lost or disqualified. A deal that
 * reaches a stage therefore wins with exactly that stage's p. Days in a stage are drawn uniformly from 2 to 30.
 */
public final class KnownHistory {

    public static final Pipeline SEVEN = PipelineTemplate.SEVEN_STAGE.pipeline("ACME", "Sales", "USD");
    public static final StatusMapping MAPPING = PipelineTemplate.SEVEN_STAGE.defaultMapping();
    /** The true win probability of each stage, in the pipeline's order (percent). */
    public static final List<Double> TRUE_PERCENT = List.of(8.0, 12.0, 20.0, 30.0, 45.0, 65.0, 85.0);

    private static final List<String> STATUSES = List.of("Prospecting", "Qualification", "Initial Contact",
            "Needs Assessment", "Proposal", "Negotiation", "Closing");
    private static final int MIN_DAYS = 2;
    private static final int MAX_DAYS = 30;

    private KnownHistory() {
    }

    /**
     * {@code count} deals created at uniformly random instants over the {@code spanDays} before {@code end}, with
     * their changes up to {@code end} (later ones are not yet recorded), amounts from 1,000 to 50,000 and an expected
     * close date when they were created.
     */
    public static List<DealRecord> generate(long seed, int count, Instant end, int spanDays) {
        Random random = new Random(seed);
        List<DealRecord> deals = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Instant created = end.minusSeconds((long) (random.nextDouble() * spanDays * 86_400));
            List<StatusChange> changes = new ArrayList<>();
            Instant at = created;
            changes.add(new StatusChange(at, STATUSES.get(0)));
            for (int stage = 0; stage < STATUSES.size(); stage++) {
                at = at.plus(days(random));
                double next = stage + 1 < TRUE_PERCENT.size() ? TRUE_PERCENT.get(stage + 1) : 100;
                boolean goesOn = random.nextDouble() < TRUE_PERCENT.get(stage) / next;
                String status = !goesOn ? (random.nextInt(4) == 0 ? "Disqualified" : "Closed Lost")
                        : stage + 1 < STATUSES.size() ? STATUSES.get(stage + 1) : "Closed Won";
                changes.add(new StatusChange(at, status));
                if (!goesOn) {
                    break;
                }
            }
            List<StatusChange> recorded = changes.stream().filter(c -> c.at().isBefore(end)).toList();
            double amount = 1_000 + random.nextInt(49_001);
            LocalDate closeDate = LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(60 + random.nextInt(90));
            deals.add(new DealRecord("ACME-" + n, "Deal " + n, created, amount, "ann", closeDate, recorded));
        }
        return deals;
    }

    private static Duration days(Random random) {
        return Duration.ofSeconds((long) ((MIN_DAYS + random.nextDouble() * (MAX_DAYS - MIN_DAYS)) * 86_400));
    }
}
