package org.salespipeline.jira.admin.view;

import org.salespipeline.pipeline.StageRules;

/**
 * The limits of {@link StageRules} as the admin pages' inputs state them ({@code maxlength}, {@code min}, {@code max},
 * {@code step}); the server checks them again on every save.
 */
public record Limits(int nameMaxLength, int textMaxLength, int itemTextMaxLength, int probabilityMin, int probabilityMax,
        int rotDaysMin, int rotDaysMax) {

    /** The limits every page states. */
    public static final Limits RULES = new Limits(StageRules.MAX_NAME_LENGTH, StageRules.MAX_TEXT_LENGTH,
            StageRules.MAX_ITEM_TEXT_LENGTH, StageRules.PROBABILITY.min(), StageRules.PROBABILITY.max(),
            StageRules.ROT_DAYS.min(), StageRules.ROT_DAYS.max());

    /** The step of the number inputs: probability and rot days are whole numbers. */
    public int wholeStep() {
        return 1;
    }
}
