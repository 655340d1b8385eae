package org.salespipeline.configuration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.pipeline.StatusMapping;

/** Reads the lines of a status mapping sent by an admin, reporting every wrong line with its field. */
final class MappingLines {

    private MappingLines() {
    }

    /** The mapping of the lines onto the given stage keys, in stage order; problems are added for every wrong line. */
    static StatusMapping read(List<String> stageKeys, List<MappingRequest.Line> lines, List<Problem> problems) {
        List<MappedStatus> mapped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            MappingRequest.Line line = lines.get(i);
            String field = "mapping[" + i + "]";
            if (line == null) {
                problems.add(Problem.of(field, "sales-pipeline.problem.mapping-line-missing"));
                continue;
            }
            boolean named = line.status() != null && !line.status().isBlank();
            if (!named) {
                problems.add(Problem.of(field + ".status", "sales-pipeline.problem.mapping-status"));
            } else if (!seen.add(line.status())) {
                problems.add(Problem.of(field + ".status", "sales-pipeline.problem.mapping-twice", line.status()));
            }
            StageRef target = target(stageKeys, line, field, problems);
            if (target != null && named) {
                mapped.add(new MappedStatus(line.status(), target));
            }
        }
        return new StatusMapping(mapped);
    }

    private static StageRef target(List<String> stageKeys, MappingRequest.Line line, String field, List<Problem> problems) {
        int targets = (line.stage() == null ? 0 : 1) + (line.stageIndex() == null ? 0 : 1) + (line.outcome() == null ? 0 : 1);
        if (targets != 1) {
            problems.add(Problem.of(field, "sales-pipeline.problem.mapping-target"));
            return null;
        }
        if (line.stageIndex() != null) {
            int index = line.stageIndex();
            if (index < 0 || index >= stageKeys.size()) {
                problems.add(Problem.of(field + ".stageIndex", "sales-pipeline.problem.mapping-index", index));
                return null;
            }
            return StageRef.stage(stageKeys.get(index));
        }
        if (line.stage() != null) {
            if (!stageKeys.contains(line.stage())) {
                problems.add(Problem.of(field + ".stage", "sales-pipeline.problem.mapping-stage", line.stage()));
                return null;
            }
            return StageRef.stage(line.stage());
        }
        try {
            return StageRef.outcome(Outcome.valueOf(line.outcome()));
        } catch (IllegalArgumentException unknown) {
            problems.add(Problem.of(field + ".outcome", "sales-pipeline.problem.mapping-outcome", line.outcome()));
            return null;
        }
    }
}
