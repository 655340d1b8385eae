package org.salespipeline.forecast;

import java.time.Duration;
import java.time.Instant;
import org.salespipeline.metrics.Window;

/**
 * The rules of a stage's win probability as of an instant T: a deal counts by its first entry into the stage; M is the
 * 90th percentile (nearest rank) of the days from that entry to the deal's outcome, over the deals that entered the
 * stage and reached an outcome before T; the matured cohort is the deals whose first entry lies in [T − L − M, T − M);
 * the win probability is won ÷ those of them with an outcome before T (disqualified deals are not won), with a 90 %
 * Wilson interval, falling back to the configured probability below {@link #MIN_CLOSED} closed deals.
 */
public final class Calibration {

    /** L when none is given. */
    public static final int DEFAULT_LOOKBACK_DAYS = 365;
    /** L lies in 1..{@value}: ten years. */
    public static final int MAX_LOOKBACK_DAYS = 3650;
    /** Below this many closed deals of the matured cohort a stage keeps its configured probability. */
    public static final int MIN_CLOSED = 10;
    /** The standard normal quantile at 95 %, for a two-sided 90 % interval. */
    static final double Z_90 = 1.6448536269514722;
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private Calibration() {
    }

    /** Whether L is within 1..{@link #MAX_LOOKBACK_DAYS}. */
    public static boolean validLookback(int lookbackDays) {
        return lookbackDays >= 1 && lookbackDays <= MAX_LOOKBACK_DAYS;
    }

    static void requireValidLookback(int lookbackDays) {
        if (!validLookback(lookbackDays)) {
            throw new IllegalArgumentException("The lookback must be 1 to " + MAX_LOOKBACK_DAYS + " days, was "
                    + lookbackDays);
        }
    }

    /**
     * The 1-based rank, among {@code count} durations in ascending order, of their 90th percentile: the smallest
     * duration that at least 90 % of them do not exceed, ⌈0.9 × count⌉ (0 for no durations).
     */
    public static int maturityRank(int count) {
        return (9 * count + 9) / 10;
    }

    /** M from the duration at {@link #maturityRank}, never below 0 (a deal reopened after its outcome can go back). */
    public static long maturityMillis(long durationAtRank) {
        return Math.max(0, durationAtRank);
    }

    /** The matured cohort's window of first entries, [T − L − M, T − M). */
    public static Window cohort(Instant at, int lookbackDays, long maturityMillis) {
        Instant to = at.minusMillis(maturityMillis);
        return new Window(to.minus(Duration.ofDays(lookbackDays)), to);
    }

    /** One stage's answer from its matured cohort's counts. */
    public static StageCalibration stage(String key, int configured, int closed, int won, long maturityMillis) {
        boolean fallback = closed < MIN_CLOSED;
        double[] interval = wilson(won, closed);
        double learnt = fallback ? configured : 100.0 * won / closed;
        return new StageCalibration(key, configured, learnt, closed, won, interval[0], interval[1], fallback,
                maturityMillis / MILLIS_PER_DAY);
    }

    /** The 90 % Wilson score interval of won ÷ closed, in percent; [0, 100] when nothing closed. */
    static double[] wilson(int won, int closed) {
        if (closed == 0) {
            return new double[] {0, 100};
        }
        double n = closed;
        double p = won / n;
        double z2 = Z_90 * Z_90;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z_90 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new double[] {100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half)};
    }
}
