package org.salespipeline.metrics.planted;

/** Planted to break an architecture rule (see ArchitectureTest): metrics using the deal workspace above it. Never used. */
public final class MetricsUsesWorkspace {
    org.salespipeline.workspace.DealWorkspace workspace;
}
