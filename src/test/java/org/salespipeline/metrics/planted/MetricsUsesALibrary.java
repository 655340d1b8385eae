package org.salespipeline.metrics.planted;

/** Planted to break an architecture rule (see ArchitectureTest): metrics using a library outside the JDK. Never used. */
public final class MetricsUsesALibrary {
    org.assertj.core.api.Assertions library;
}
