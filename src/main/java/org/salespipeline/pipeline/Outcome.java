package org.salespipeline.pipeline;

/** The three ways a deal can leave the open stages of a pipeline. */
public enum Outcome {
    WON,
    LOST,
    DISQUALIFIED
}
