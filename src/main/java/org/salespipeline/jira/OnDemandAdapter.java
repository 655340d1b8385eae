package org.salespipeline.jira;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A {@link HostBacked} adapter built on first use, handed out only when it can work: when it cannot be built, or
 * Jira does not offer apps a service it needs, asking for it fails at once with the caller's own "unavailable"
 * exception, whose message names what is missing.
 */
final class OnDemandAdapter<T extends HostBacked> {

    private final Supplier<T> adapter;
    private final BiFunction<String, Throwable, ? extends RuntimeException> unavailable;

    /** {@code unavailable} makes the exception from the reason (what is missing) and its cause, if any. */
    OnDemandAdapter(Supplier<T> adapter, BiFunction<String, Throwable, ? extends RuntimeException> unavailable) {
        this.adapter = adapter;
        this.unavailable = unavailable;
    }

    /** The adapter, built if it was not yet, with every host service it needs offered. */
    T ready() {
        T built;
        try {
            built = adapter.get();
        } catch (RuntimeException | LinkageError failure) {
            throw unavailable.apply(failure.getMessage(), failure);
        }
        List<String> missing = built.unavailable();
        if (!missing.isEmpty()) {
            throw unavailable.apply("this Jira does not offer apps " + String.join(", ", missing), null);
        }
        return built;
    }

    /** The exception saying the adapter is unavailable because a call failed this way. */
    RuntimeException unavailable(Throwable failure) {
        return unavailable.apply(HostService.describe(failure), failure);
    }
}
