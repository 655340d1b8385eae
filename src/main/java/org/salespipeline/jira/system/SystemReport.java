package org.salespipeline.jira.system;

import java.util.List;
import java.util.Map;

/** What works in this Jira, as the system check found it on this node. */
public record SystemReport(String node, String checkedAt, List<Service> services, List<Feature> features,
        HostApi hostApi, Database database, Reconciliation reconciliation, Events events) {

    /** A host service the app refers to: whether the app cannot start without it, and whether Jira offers it. */
    public record Service(String name, boolean mandatory, boolean present) {
    }

    /**
     * A feature of the app, available or not, with the reason: {@code name} identifies it, {@code label} names it in
     * the reader's language.
     */
    public record Feature(String name, boolean available, String reason, String label) {

        /** A feature not yet labelled. */
        public Feature(String name, boolean available, String reason) {
            this(name, available, reason, null);
        }

        public Feature withLabel(String newLabel) {
            return new Feature(name, available, reason, newLabel);
        }
    }

    /** The host API members the app's bytecode refers to: how many, and each one this Jira lacks or differs on. */
    public record HostApi(int referenced, int present, List<String> problems) {
    }

    /** The database of the app's tables. */
    public record Database(String product, String version, String dialect, String schema, String isolation,
            String activeObjects, String problem) {
    }

    /** The cluster's last reconciliation run, or null fields when none has run. */
    public record Reconciliation(String at, Integer checked, Integer repaired, String error) {
    }

    /** The issue events this node received since the app started, by Jira event type id. */
    public record Events(String since, Map<Long, Long> byType) {
    }
}
