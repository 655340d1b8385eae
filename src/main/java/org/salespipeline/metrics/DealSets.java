package org.salespipeline.metrics;

import org.salespipeline.pipeline.Pipeline;

/** Reads the deals a selection names, every deal of the pipeline whether the user may see it or not. */
public interface DealSets {

    /** The first {@code cap} deals of the selection (by project key, then issue number), and whether there are more. */
    DealSet select(Pipeline pipeline, DealSelection selection, int cap);
}
