package org.salespipeline.criteria;

import java.util.List;

/**
 * A transition open to a deal, and whether its checks let the deal through now.
 *
 * @param stage the open stage's key or the outcome (WON, LOST, DISQUALIFIED) the target status stands for; null when
 *        the pipeline does not map it
 * @param blockers what each check of the transition misses, in the order the validators report it
 */
public record Move(int actionId, String name, String toStatusId, String toStatusName, String stage, boolean allowed,
        List<Blocker> blockers) {

    public Move {
        blockers = List.copyOf(blockers);
    }

    /**
     * One thing a check misses: the check's workflow argument (qualification, won, lost, disqualified), the message's
     * key and the message in the user's language.
     */
    public record Blocker(String check, String key, String message) {
    }
}
