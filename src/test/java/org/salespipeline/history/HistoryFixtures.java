package org.salespipeline.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.StatusMapping;

/** Shared fixtures for history and metrics specifications: the seven-stage pipeline mapped by default status names. */
public final class HistoryFixtures {

    public static final Pipeline SEVEN = PipelineTemplate.SEVEN_STAGE.pipeline("ACME", "Sales", "EUR");
    public static final StatusMapping MAPPING = PipelineTemplate.SEVEN_STAGE.defaultMapping();
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private HistoryFixtures() {
    }

    /** Midnight UTC, the given number of days after 1 January 2026. */
    public static Instant day(double days) {
        return START.plus(Duration.ofSeconds(Math.round(days * 86_400)));
    }

    public static StatusChange move(double day, String status) {
        return new StatusChange(day(day), status);
    }

    public static StatusChange move(double day, String status, String reason) {
        return new StatusChange(day(day), status, reason);
    }

    public static DealHistory history(StatusChange... changes) {
        return DealHistory.derive(List.of(changes), SEVEN, MAPPING);
    }
}
