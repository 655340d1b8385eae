package org.salespipeline.provisioning;

/** The kinds of custom field a deal needs. */
public enum FieldKind {
    NUMBER,
    DATE,
    SELECT
}
