package org.salespipeline.configuration;

import java.util.List;

/**
 * An admin's request to run a project's pipeline on its existing workflow: the status mapping, for a new pipeline
 * the template whose stages it starts from, its name and currency (null where not given), and whether the admin
 * confirms lines that disagree with their status's category.
 */
public record MappingRequest(String template, String name, String currency, List<Line> mapping, Boolean confirm) {

    public MappingRequest {
        mapping = mapping == null ? List.of() : List.copyOf(mapping);
    }

    public MappingRequest(String template, String name, String currency, List<Line> mapping) {
        this(template, name, currency, mapping, null);
    }

    public boolean confirmed() {
        return Boolean.TRUE.equals(confirm);
    }

    /**
     * One status and what it stands for: an open stage by its key, or by its place in the request's stages
     * ({@code stageIndex}, for a stage that gets its key only when saved), or an outcome (WON, LOST, DISQUALIFIED).
     */
    public record Line(String status, String stage, String outcome, Integer stageIndex) {

        public Line(String status, String stage, String outcome) {
            this(status, stage, outcome, null);
        }
    }
}
