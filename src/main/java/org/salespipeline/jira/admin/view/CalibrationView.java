package org.salespipeline.jira.admin.view;

import java.util.List;

/**
 * The learnt win probabilities on a pipeline's edit page: a row per open stage, as of now over {@code lookbackDays};
 * below {@code minClosed} closed deals a stage keeps its configured probability; {@code adoptable} stages would change.
 */
public record CalibrationView(List<CalibrationRow> rows, int lookbackDays, int minClosed, int adoptable) {
}
