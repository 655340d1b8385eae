package org.salespipeline.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.List;

/**
 * Every step of the store's model, in order: a step's model version is its place in {@link #STEPS}, counting from 1.
 * Active Objects keeps the version it last reached and runs, when the app starts, each step above it in turn; the
 * {@code <ao>} module of atlassian-plugin.xml lists the same classes in the same order. A change to the data that
 * Active Objects' own migration cannot make (it adds tables, columns and indexes, but rewrites no values) appends
 * its step here and there; a step is never removed or reordered once released.
 */
public final class ModelVersions {

    /** The steps, oldest first. */
    public static final List<Class<? extends ActiveObjectsUpgradeTask>> STEPS = List.of(
            // 1: deal owners by user key instead of user name.
            OwnersByUserKey.class);

    private ModelVersions() {
    }

    /** The model version a step brings the store to. */
    public static ModelVersion of(Class<? extends ActiveObjectsUpgradeTask> step) {
        int place = STEPS.indexOf(step);
        if (place < 0) {
            throw new IllegalArgumentException(step.getName() + " is not a step of the store's model");
        }
        return ModelVersion.valueOf(String.valueOf(place + 1));
    }

    /** The model version of the store as this build writes it: that of the last step. */
    public static ModelVersion latest() {
        return ModelVersion.valueOf(String.valueOf(STEPS.size()));
    }
}
