package org.salespipeline.metrics;

import java.util.Objects;
import java.util.Optional;

/** Restricts a metric to the deals of one current owner, or lets every deal through. */
public final class OwnerFilter {

    private static final OwnerFilter ANY = new OwnerFilter(null);

    private final String owner;

    private OwnerFilter(String owner) {
        this.owner = owner;
    }

    public static OwnerFilter any() {
        return ANY;
    }

    /** Only the deals whose current owner has this username. */
    public static OwnerFilter of(String owner) {
        return new OwnerFilter(Objects.requireNonNull(owner, "owner"));
    }

    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public boolean matches(String dealOwner) {
        return owner == null || owner.equals(dealOwner);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OwnerFilter that && Objects.equals(owner, that.owner);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(owner);
    }

    @Override
    public String toString() {
        return owner == null ? "any owner" : "owner " + owner;
    }
}
