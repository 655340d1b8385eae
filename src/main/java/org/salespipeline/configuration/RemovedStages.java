package org.salespipeline.configuration;

import org.salespipeline.text.Message;
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
                problems.add(Problem.of(path, "sales-pipeline.problem.removed-unknown", key));
            } else if (mapTo != null && !kept.contains(mapTo)) {
                problems.add(Problem.of(path + ".mapTo", "sales-pipeline.problem.removed-map-to", key, mapTo));
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
        String field = "removedStages." + key;
        String places = String.join(", ", statuses);
        if (holdings.isEmpty()) {
            return statuses.isEmpty() ? Problem.of(field, "sales-pipeline.confirm.remove-empty", name, key)
                    : Problem.of(field, "sales-pipeline.confirm.remove-empty-statuses", name, key, places);
        }
        Message deals = count("sales-pipeline.count.open-deals", holdings.openDeals());
        Message stays = count("sales-pipeline.count.stays", holdings.stays());
        return statuses.isEmpty() ? Problem.of(field, "sales-pipeline.confirm.remove-held", name, key, deals, stays)
                : Problem.of(field, "sales-pipeline.confirm.remove-held-statuses", name, key, deals, stays, places);
    }

    /** A count with its noun: the key's .one form for one, its .other form otherwise, the count as {0}. */
    private static Message count(String key, int n) {
        return Message.of(key + (n == 1 ? ".one" : ".other"), n);
    }
}
