package org.salespipeline.provisioning;

import java.util.List;
import java.util.Objects;

/** A custom field the pipeline needs: its name, kind and, for a select list, its options in order. */
public record FieldSpec(String name, FieldKind kind, List<String> options) {

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static FieldSpec number(String name) {
        return new FieldSpec(name, FieldKind.NUMBER, List.of());
    }

    public static FieldSpec date(String name) {
        return new FieldSpec(name, FieldKind.DATE, List.of());
    }

    public static FieldSpec select(String name, String... options) {
        return new FieldSpec(name, FieldKind.SELECT, List.of(options));
    }
}
