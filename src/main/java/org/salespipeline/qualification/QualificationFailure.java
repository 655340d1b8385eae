package org.salespipeline.qualification;

/**
 * One reason a deal does not meet the qualification policy.
 *
 * @param criterion the unconfirmed mandatory criterion, or null when the failure is the total score
 * @param message an English sentence naming exactly what is missing
 */
public record QualificationFailure(BantCriterion criterion, String message) {
}
