package org.salespipeline.metrics;

/** How many deals ended with one reason; the reason is null for deals that recorded none. */
public record ReasonCount(String reason, int count) {
}
