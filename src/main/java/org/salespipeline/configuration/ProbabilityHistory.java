package org.salespipeline.configuration;

import java.util.List;

/** Where every saved change of a stage's probability is kept, so that a set-up can be read as it was at an instant. */
public interface ProbabilityHistory {

    /** Keeps the changes of one project's probabilities. */
    void record(String projectKey, List<ProbabilityChange> changes);

    /** The project's changes, oldest first (equal instants in the order they were kept). */
    List<ProbabilityChange> changes(String projectKey);
}
