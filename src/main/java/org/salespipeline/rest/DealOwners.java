package org.salespipeline.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.salespipeline.access.UserDirectory;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.PipelineMetrics;
import org.salespipeline.pipeline.Pipeline;

/**
 * The owners of a pipeline's deals as the REST API names them: the {@code owner} parameter read as a user key or a
 * user name (ignoring case, as Jira matches user names), and each stored owner with the display name Jira gives it.
 */
final class DealOwners {

    private final UserDirectory users;
    private final PipelineMetrics metrics;

    DealOwners(UserDirectory users, PipelineMetrics metrics) {
        this.users = users;
        this.metrics = metrics;
    }

    /**
     * The deals an {@code owner} parameter asks for: every deal when it is empty; else those of the user Jira knows by
     * that key or user name, or, for a user Jira no longer knows, those stored under that very value. A value that is
     * neither a user nor the owner of a deal of the pipeline is refused, so that a mistyped name does not pass for an
     * owner without deals.
     */
    OwnerFilter filter(Pipeline pipeline, String owner) {
        return selected(pipeline, owner).map(o -> OwnerFilter.of(o.key())).orElse(OwnerFilter.any());
    }

    /** The owner a parameter names, with the display name; empty when the parameter is empty. */
    Optional<Owner> selected(Pipeline pipeline, String owner) {
        if (owner == null || owner.isBlank()) {
            return Optional.empty();
        }
        String value = owner.trim();
        Optional<UserDirectory.User> user = users.find(value);
        if (user.isPresent()) {
            return Optional.of(Owner.of(user.get()));
        }
        if (metrics.owners(pipeline).contains(value)) {
            return Optional.of(Owner.former(value));
        }
        throw RestException.badRequest("owner", "sales-pipeline.error.owner", value);
    }

    /** The display name of a stored owner: Jira's for a user it knows, else the stored value. */
    String name(String stored) {
        return users.byKey(stored).map(Owner::of).orElseGet(() -> Owner.former(stored)).name();
    }

    /** Every current owner of the pipeline's deals, by display name. */
    List<Owner> all(Pipeline pipeline) {
        return metrics.owners(pipeline).stream()
                .map(stored -> users.byKey(stored).map(Owner::of).orElseGet(() -> Owner.former(stored)))
                .sorted(Comparator.comparing(Owner::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Owner::key))
                .toList();
    }

    /**
     * One owner: the value the store keeps (a user key, or the user name of a user who was gone when the store
     * moved to keys), the display name (that value when Jira no longer knows the user) and whether Jira knows them.
     */
    record Owner(String key, String name, boolean known) {
        static Owner of(UserDirectory.User user) {
            return new Owner(user.key(), user.displayName() == null || user.displayName().isBlank() ? user.key()
                    : user.displayName(), true);
        }

        static Owner former(String stored) {
            return new Owner(stored, stored, false);
        }
    }
}
