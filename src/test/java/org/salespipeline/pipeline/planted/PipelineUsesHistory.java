package org.salespipeline.pipeline.planted;

/** Planted to break an architecture rule (see ArchitectureTest): pipeline using history. Never used. */
public final class PipelineUsesHistory {
    org.salespipeline.history.StatusChange change;
}
