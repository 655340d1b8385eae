package org.salespipeline.configuration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salespipeline.history.StageHoldings;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.pipeline.StatusMapping;

/**
 * The stages an edit removes: where the admin sends their statuses ({@code removedStages.KEY.mapTo}, another stage
 * or null for unmapped), and the question asked while a removed stage still holds open deals or statuses.
 */
final class RemovedStages {

    private RemovedStages() {
    }

    /** The answers for stages the edit really removes, pointing at stages it keeps; problems for any other. */
    static Map<String, PipelineEdit.RemovedStage> read(Map<String, PipelineEdit.RemovedStage> answers, Set<String> removed,
            Set<String> kept, List<Problem> problems) {
        Map<String, PipelineEdit.RemovedStage> read = new LinkedHashMap<>();
        if (answers == null) {
            return read;
        }
        answers.forEach((key, answer) -> {
            String path = "removedStages." + key;
            String mapTo = answer == null ? null : answer.mapTo();
            if (!removed.contains(key)) {
                problems.add(new Problem(path, "This edit does not remove a stage " + key + "."));
            } else if (mapTo != null && !kept.contains(mapTo)) {
                problems.add(new Problem(path + ".mapTo", "Send the statuses of " + key + " to a stage the pipeline keeps,"
                        + " or null to leave them unmapped; " + mapTo + " is none of its stages."));
            } else {
                read.put(key, new PipelineEdit.RemovedStage(mapTo));
            }
        });
        return read;
    }

    /**
     * The current mapping with the lines of removed stages sent where the answers say; the lines of a removed stage
     * without an answer are left out, and the editor asks about that stage before anything is saved.
     */
    static StatusMapping keptMapping(StatusMapping mapping, Set<String> kept, Map<String, PipelineEdit.RemovedStage> answers) {
        List<MappedStatus> lines = new ArrayList<>();
        for (MappedStatus line : mapping.lines()) {
            String stage = line.target().stageKey();
            if (!line.target().isOpenStage() || kept.contains(stage)) {
                lines.add(line);
            } else if (answers.containsKey(stage) && answers.get(stage).mapTo() != null) {
                lines.add(new MappedStatus(line.statusId(), StageRef.stage(answers.get(stage).mapTo())));
            }
        }
        return lines.equals(mapping.lines()) ? mapping : new StatusMapping(lines);
    }

    /**
     * A sent mapping with the statuses it leaves out that the current mapping sent to a removed stage placed where the
     * answer for that stage says (a stage the pipeline keeps); a status the sent mapping names stays where it says.
     */
    static StatusMapping placeLeftOut(StatusMapping sent, StatusMapping current, Map<String, PipelineEdit.RemovedStage> answers) {
        List<MappedStatus> lines = new ArrayList<>(sent.lines());
        for (MappedStatus line : current.lines()) {
            String stage = line.target().stageKey();
            PipelineEdit.RemovedStage answer = stage == null ? null : answers.get(stage);
            if (answer != null && answer.mapTo() != null && sent.lookup(line.statusId()).isEmpty()) {
                lines.add(new MappedStatus(line.statusId(), StageRef.stage(answer.mapTo())));
            }
        }
        return lines.size() == sent.lines().size() ? sent : new StatusMapping(lines);
    }

    /** The statuses the current mapping sends to the stage that the new mapping leaves unmapped. */
    static List<String> leftOut(String key, StatusMapping current, StatusMapping next) {
        return statusesOf(key, current).stream().filter(status -> next.lookup(status).isEmpty()).toList();
    }

    /** The statuses the mapping sends to the stage. */
    static List<String> statusesOf(String key, StatusMapping mapping) {
        return mapping.lines().stream().filter(line -> key.equals(line.target().stageKey())).map(MappedStatus::statusId).toList();
    }

    /** What removing a stage changes — the open deals and stays it holds, the statuses that need a new place — and what to answer. */
    static Problem question(String key, String name, StageHoldings holdings, List<String> statuses) {
        String held = holdings.isEmpty() ? "Stage " + name + " holds no open deal and no logged stay"
                : "Stage " + name + " holds " + count(holdings.openDeals(), "open deal") + " and "
                        + count(holdings.stays(), "logged stay") + "; removing it derives them again";
        String homeless = statuses.isEmpty() ? "" : (holdings.isEmpty() ? ", but" : ", and") + " its statuses ("
                + String.join(", ", statuses) + ") need a new place";
        return new Problem("removedStages." + key, held + homeless + ". Say where they go: removedStages." + key
                + ".mapTo is another stage's key, or null for unmapped.");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
