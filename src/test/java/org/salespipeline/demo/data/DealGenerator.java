package org.salespipeline.demo.data;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.salespipeline.history.StatusChange;
import org.salespipeline.pipeline.PipelineTemplate;

/**
 * Generates a realistic seven-stage data set from a seed: deals created over the two years before an end instant,
 * each with a status history cut off at that end, so that the older deals are closed and the recent ones still open.
 * The same seed always gives the same data set.
 */
public final class DealGenerator {

    /** Twenty sales reps, the default owners of generated deals. */
    public static final List<String> OWNERS = List.of("anna.berg", "ben.okafor", "carla.mendes", "dev.patel",
            "elif.yilmaz", "felix.wagner", "grace.lin", "hugo.moreau", "ines.costa", "jonas.lind", "kaito.sato",
            "lena.fischer", "marco.rossi", "nadia.haddad", "oscar.nilsson", "priya.nair", "quinn.walsh",
            "rosa.ortega", "sam.cohen", "tara.kelly");

    private static final long SPAN_SECONDS = Duration.ofDays(730).toSeconds();
    private static final double MEDIAN_AMOUNT = 20_000;
    private static final double AMOUNT_SPREAD = 0.9;

    private DealGenerator() {
    }

    /** {@code dealCount} deals of {@code projectKey} owned by the default {@link #OWNERS}. */
    public static HistoryFile generate(long seed, int dealCount, String projectKey, Instant end) {
        return generate(seed, dealCount, projectKey, end, OWNERS);
    }

    /** {@code dealCount} deals of {@code projectKey}, keyed in order of creation and owned by owners drawn at random. */
    public static HistoryFile generate(long seed, int dealCount, String projectKey, Instant end, List<String> owners) {
        if (owners.isEmpty()) {
            throw new IllegalArgumentException("Generated deals need at least one owner");
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] createdSeconds = creationTimes(random, dealCount, end);
        List<DealSpec> deals = new ArrayList<>(dealCount);
        for (int i = 0; i < dealCount; i++) {
            DealSpec deal = deal(random, i + 1, projectKey, Instant.ofEpochSecond(createdSeconds[i]), end, owners);
            // A stream of its own per deal, so that field changes leave every other generated value as it was.
            deals.add(FieldRevisions.add(new SplittableRandom(seed * 31 + i), deal, end));
        }
        PipelineSpec pipeline =
                new PipelineSpec(projectKey, projectKey + " sales", PipelineTemplate.SEVEN_STAGE.id(), "USD");
        return new HistoryFile(List.of(pipeline), deals);
    }

    /** The given owners first, then default owners up to twenty, so the demo host can give deals to its own users. */
    public static List<String> ownersStartingWith(String... first) {
        List<String> owners = new ArrayList<>(List.of(first));
        for (String owner : OWNERS) {
            if (owners.size() < OWNERS.size() && !owners.contains(owner)) {
                owners.add(owner);
            }
        }
        return List.copyOf(owners);
    }

    private static long[] creationTimes(SplittableRandom random, int dealCount, Instant end) {
        long last = end.getEpochSecond() - 1;
        long[] seconds = new long[dealCount];
        for (int i = 0; i < dealCount; i++) {
            seconds[i] = last - random.nextLong(SPAN_SECONDS);
        }
        Arrays.sort(seconds);
        return seconds;
    }

    private static DealSpec deal(SplittableRandom random, long number, String projectKey, Instant created,
            Instant end, List<String> owners) {
        List<StatusChange> plan = StatusWalk.plan(random, created);
        Instant plannedClose = plan.get(plan.size() - 1).at();
        int happened = 1;
        while (happened < plan.size() && plan.get(happened).at().isBefore(end)) {
            happened++;
        }
        double amount = Math.max(100, Math.rint(MEDIAN_AMOUNT * Math.exp(AMOUNT_SPREAD * random.nextGaussian())));
        String owner = owners.get(random.nextInt(owners.size()));
        return new DealSpec(number, projectKey + "-" + number, DealWords.summary(random), created, amount, owner,
                expectedClose(random, created, plannedClose), plan.subList(0, happened));
    }

    // Forecasts are rarely right: the expected date lies between half the time early and 40 % late, so some open deals slip.
    private static LocalDate expectedClose(SplittableRandom random, Instant created, Instant plannedClose) {
        double factor = 0.5 + random.nextDouble() * 0.9;
        long seconds = (long) ((plannedClose.getEpochSecond() - created.getEpochSecond()) * factor);
        return LocalDate.ofInstant(created.plusSeconds(seconds), ZoneOffset.UTC);
    }
}
