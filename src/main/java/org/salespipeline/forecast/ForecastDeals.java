package org.salespipeline.forecast;

import java.util.function.Consumer;
import org.salespipeline.metrics.DealRecord;

/** The port the forecast reads deals through: every deal of a project with its full histories, one at a time. */
public interface ForecastDeals {

    /** Hands every deal of the project to {@code deals}, in issue-key order (project, then number). */
    void forEach(String projectKey, Consumer<DealRecord> deals);

    /** The given deals, handed over in issue-key order. */
    static ForecastDeals of(java.util.Collection<DealRecord> records) {
        java.util.List<DealRecord> sorted = records.stream().sorted(DealRecord.BY_ISSUE_KEY).toList();
        return (projectKey, deals) -> sorted.stream().filter(d -> d.projectKey().equals(projectKey)).forEach(deals);
    }
}
