package org.salespipeline.qualification;

import org.salespipeline.text.Message;

/**
 * One reason a deal does not meet the qualification policy.
 *
 * @param criterion the unconfirmed mandatory criterion, or null when the failure is the total score
 * @param message what is missing, as a message
 */
public record QualificationFailure(BantCriterion criterion, Message message) {
}
