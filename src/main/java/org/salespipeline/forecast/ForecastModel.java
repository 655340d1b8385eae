package org.salespipeline.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.time.Instant;
import org.salespipeline.pipeline.Pipeline;

/**
 * The forecast range by simulation: {@link #DRAWS} draws from a fixed seed; in each, every deal open before T (in
 * issue-key order) is won within the window with its stage's win probability times the share of the team's looks
 * like it that closed within the window, and new business is the value of one of the earlier spans, drawn at random.
 * Percentiles are the nearest-rank ones of the draws.
 */
public final class ForecastModel {

    static final int DRAWS = 2_000;
    static final long SEED = 0x5EED_F0CA_57L;
    public static final String METHOD = "simulation-" + DRAWS;

    private ForecastModel() {
    }

    /** The forecast of each of the evidence's windows, with the win probabilities as of each one's T. */
    public static ForecastRange[] forecasts(ForecastEvidence evidence, Function<Instant, List<StageCalibration>> probabilities) {
        ForecastRange[] ranges = new ForecastRange[evidence.windows().size()];
        for (int i = 0; i < ranges.length; i++) {
            ForecastWindow window = evidence.windows().get(i);
            ranges[i] = forecast(evidence, i, probabilities.apply(window.asOf()));
        }
        return ranges;
    }

    static ForecastRange forecast(ForecastEvidence evidence, int index, List<StageCalibration> probabilities) {
        ForecastEvidence.Sums sums = evidence.sums(index);
        Pipeline pipeline = evidence.pipeline();
        ForecastWindow window = sums.window;
        long t = window.asOf().getEpochSecond();
        long from = window.from().getEpochSecond();
        long to = window.to().getEpochSecond();
        long a = Math.max(from, t);
        double[] configured = new double[pipeline.size() + 1];
        double[] learnt = new double[pipeline.size() + 1];
        StageCalibration[] evidenceOf = new StageCalibration[pipeline.size() + 1];
        for (StageCalibration stage : probabilities) {
            pipeline.positionOf(stage.key()).ifPresent(position -> {
                configured[position] = stage.configured() / 100.0;
                learnt[position] = stage.winProbability() / 100.0;
                evidenceOf[position] = stage;
            });
        }
        CloseTiming.Looks timing = evidence.timing(window.asOf(), window.to());
        double weighted = sums.wonSoFar;
        double calibrated = sums.wonSoFar;
        double[] timely = new double[sums.open];
        for (int i = 0; i < sums.open; i++) {
            int position = sums.positions[i];
            Long close = sums.hasClose[i] ? sums.closeStarts[i] : null;
            if (close != null && close >= from && close < to) {
                weighted += sums.amounts[i] * configured[position];
                calibrated += sums.amounts[i] * learnt[position];
            }
            timely[i] = a >= to ? 0 : timing.inWindow(position, close, t, a, to);
        }
        double[] newBusiness = evidence.newBusiness(index);
        double[] open = new double[DRAWS];
        double[] created = new double[DRAWS];
        double[] total = new double[DRAWS];
        SplittableRandom random = new SplittableRandom(SEED);
        double[] drawn = new double[pipeline.size() + 1];
        for (int d = 0; d < DRAWS; d++) {
            for (int position = 1; position <= pipeline.size(); position++) {
                drawn[position] = draw(random, evidenceOf[position], learnt[position]);
            }
            double value = 0;
            for (int i = 0; i < sums.open; i++) {
                if (random.nextDouble() < drawn[sums.positions[i]] * timely[i]) {
                    value += sums.amounts[i];
                }
            }
            open[d] = value;
            created[d] = newBusiness.length == 0 || a >= to ? 0 : newBusiness[random.nextInt(newBusiness.length)];
            total[d] = sums.wonSoFar + value + created[d];
        }
        Arrays.sort(open);
        Arrays.sort(created);
        Arrays.sort(total);
        return new ForecastRange(sums.wonSoFar, percentile(total, 10), percentile(total, 50), percentile(total, 90),
                new ForecastRange.Band(percentile(open, 10), percentile(open, 50), percentile(open, 90)),
                percentile(created, 50), weighted, calibrated, sums.open, METHOD);
    }

    /**
     * A stage's win probability for one draw: from the Beta distribution its matured cohort's wins and losses give
     * (uniform prior), so that all deals of a stage share the uncertainty of what it has learnt; a stage that falls
     * back keeps its configured value.
     */
    static double draw(SplittableRandom random, StageCalibration stage, double learnt) {
        if (stage == null || stage.fallback()) {
            return learnt;
        }
        double wins = gamma(random, stage.won() + 1);
        double losses = gamma(random, stage.closed() - stage.won() + 1);
        return wins / (wins + losses);
    }

    /** A Gamma(shape, 1) variate, shape ≥ 1 (Marsaglia and Tsang's method). */
    static double gamma(SplittableRandom random, double shape) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    /** The nearest-rank percentile of sorted draws. */
    static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
