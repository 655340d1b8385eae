package org.salespipeline.forecast;

import java.util.Objects;

/**
 * One stage's win probability as of an instant, with its evidence. Probabilities are percentages (0–100), unrounded.
 *
 * @param key the stage key
 * @param configured the probability the set-up held for the stage at the instant
 * @param winProbability won ÷ closed of the matured cohort, or {@code configured} when it falls back
 * @param closed deals of the matured cohort with an outcome before the instant (won, lost or disqualified)
 * @param won those of them that were won
 * @param low the lower end of the 90 % Wilson interval of won ÷ closed (0 when nothing closed)
 * @param high the upper end of that interval (100 when nothing closed)
 * @param fallback true when fewer than {@link Calibration#MIN_CLOSED} deals closed, so the configured value is used
 * @param maturityDays M: the 90th percentile of days from first entry to outcome (0 when no deal has an outcome)
 */
public record StageCalibration(String key, int configured, double winProbability, int closed, int won, double low,
        double high, boolean fallback, double maturityDays) {

    public StageCalibration {
        Objects.requireNonNull(key, "key");
        if (won < 0 || closed < won) {
            throw new IllegalArgumentException("Won must lie between 0 and closed, was " + won + " of " + closed);
        }
    }
}
