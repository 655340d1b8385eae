package org.salespipeline.text.planted;

/** Planted to break an architecture rule (see ArchitectureTest): the messages using pipeline. Never used. */
public final class TextUsesPipeline {
    org.salespipeline.pipeline.Problem problem;
}
