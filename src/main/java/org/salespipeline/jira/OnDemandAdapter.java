package org.salespipeline.jira;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.salespipeline.text.EnglishTexts;
import org.salespipeline.text.Message;

/**
 * A {@link HostBacked} adapter built on first use, handed out only when it can work: when it cannot be built, or
 * Jira does not offer apps a service it needs, asking for it fails at once with the caller's own "unavailable"
 * exception, made from a message that names what is missing (a message, so that a user reads it in the user's own
 * language; {@link #inEnglish} words it for logs and the admin's stored run results).
 */
final class OnDemandAdapter<T extends HostBacked> {

    private final Supplier<T> adapter;
    private final BiFunction<Message, Throwable, ? extends RuntimeException> unavailable;

    /** The reason when this Jira does not offer apps the services named in {0}. */
    static final String MISSING = "sales-pipeline.host.missing";
    /** The reason when building or calling the adapter failed; {0} is the failure as Jira reported it. */
    static final String FAILED = "sales-pipeline.host.failed";

    /** {@code unavailable} makes the exception from the reason (what is missing) and its cause, if any. */
    OnDemandAdapter(Supplier<T> adapter, BiFunction<Message, Throwable, ? extends RuntimeException> unavailable) {
        this.adapter = adapter;
        this.unavailable = unavailable;
    }

    /** The adapter, built if it was not yet, with every host service it needs offered. */
    T ready() {
        T built;
        try {
            built = adapter.get();
        } catch (RuntimeException | LinkageError failure) {
            throw unavailable.apply(Message.of(FAILED, String.valueOf(failure.getMessage())), failure);
        }
        List<String> missing = built.unavailable();
        if (!missing.isEmpty()) {
            throw unavailable.apply(Message.of(MISSING, String.join(", ", missing)), null);
        }
        return built;
    }

    /** The exception saying the adapter is unavailable because a call failed this way. */
    RuntimeException unavailable(Throwable failure) {
        return unavailable.apply(Message.of(FAILED, HostService.describe(failure)), failure);
    }

    /** The reason in English, for logs and the run results kept for admins. */
    static String inEnglish(Message why) {
        return EnglishTexts.INSTANCE.text(why);
    }
}
