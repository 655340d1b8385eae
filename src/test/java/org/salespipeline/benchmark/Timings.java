package org.salespipeline.benchmark;

import java.util.Arrays;

/** Measured durations of one operation, with nearest-rank percentiles in milliseconds. */
final class Timings {

    private long[] nanos = new long[64];
    private int count;

    void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    /** The smallest duration that at least {@code percent} % of the runs did not exceed. */
    double percentileMillis(double percent) {
        if (count == 0) {
            throw new IllegalStateException("Nothing was measured");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double totalMillis() {
        return Arrays.stream(nanos, 0, count).sum() / 1e6;
    }
}
