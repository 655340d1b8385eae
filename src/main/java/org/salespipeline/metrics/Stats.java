package org.salespipeline.metrics;

import java.util.Collection;
import java.util.List;

/** Mean and median that return null for no values, as the metric definitions require. */
final class Stats {

    private Stats() {
    }

    static Double mean(Collection<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    /** The middle value; for an even count, the mean of the two middle values. */
    static Double median(Collection<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** numerator ÷ denominator, or null when the denominator is 0. */
    static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
