package org.salespipeline.history;

import java.time.Instant;

import org.salespipeline.pipeline.StageRef;

/** A status change after mapping: the instant, the stage or outcome it entered, and its reason (or null). */
public record StageEntry(Instant at, StageRef target, String reason) {
}
