package org.salespipeline.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-test runner: draws a fixed number of cases from a seeded generator and checks a
 * property on each; a failure names the seed and the case so that it can be replayed exactly.
 */
public final class PropertyCheck {

    /** Replays a reported failure: {@code -Dproperty.seed=N}. */
    public static final String SEED_PROPERTY = "property.seed";

    private PropertyCheck() {
    }

    /** Checks {@code property} on {@code tries} cases drawn from {@code generator}. */
    public static <T> void forAll(int tries, long defaultSeed, Function<Random, T> generator, Consumer<T> property) {
        long seed = Long.getLong(SEED_PROPERTY, defaultSeed);
        Random random = new Random(seed);
        for (int attempt = 1; attempt <= tries; attempt++) {
            T example = generator.apply(random);
            try {
                property.accept(example);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("Property failed on try " + attempt + " of " + tries + " (seed " + seed
                        + ", replay with -D" + SEED_PROPERTY + "=" + seed + ") for: " + example, failure);
            }
        }
    }
}
