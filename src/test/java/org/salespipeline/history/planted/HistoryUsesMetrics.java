package org.salespipeline.history.planted;

/** Planted to break an architecture rule (see ArchitectureTest): history using metrics. Never used. */
public final class HistoryUsesMetrics {
    org.salespipeline.metrics.Window window;
}
