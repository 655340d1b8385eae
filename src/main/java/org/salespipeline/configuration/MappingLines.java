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
                problems.add(new Problem(field, "A mapping line is missing."));
                continue;
            }
            boolean named = line.status() != null && !line.status().isBlank();
            if (!named) {
                problems.add(new Problem(field + ".status", "Name the status to map."));
            } else if (!seen.add(line.status())) {
                problems.add(new Problem(field + ".status", "Status " + line.status() + " is mapped more than once."));
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
            problems.add(new Problem(field, "Map the status to either a stage or an outcome."));
            return null;
        }
        if (line.stageIndex() != null) {
            int index = line.stageIndex();
            if (index < 0 || index >= stageKeys.size()) {
                problems.add(new Problem(field + ".stageIndex", "There is no stages[" + index + "] to map the status to."));
                return null;
            }
            return StageRef.stage(stageKeys.get(index));
        }
        if (line.stage() != null) {
            if (!stageKeys.contains(line.stage())) {
                problems.add(new Problem(field + ".stage", "The pipeline has no stage " + line.stage() + "."));
                return null;
            }
            return StageRef.stage(line.stage());
        }
        try {
            return StageRef.outcome(Outcome.valueOf(line.outcome()));
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem(field + ".outcome", "The outcome must be WON, LOST or DISQUALIFIED, not " + line.outcome() + "."));
            return null;
        }
    }
}
