package org.salespipeline.configuration;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.salespipeline.checklist.ChecklistItem;
import org.salespipeline.checklist.ChecklistTemplate;
import org.salespipeline.checklist.ChecklistTemplates;
import org.salespipeline.pipeline.InvalidPipelineException;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineValidator;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StatusMapping;
import org.salespipeline.qualification.BantCriterion;
import org.salespipeline.qualification.QualificationPolicy;

/**
 * Replaces a pipeline's set-up as an admin edited it: every field is checked first and every problem reported with
 * its path (such as {@code stages[2].probability}); nothing is saved unless all of it is valid.
 */
public class PipelineEditor {

    /** Longest guidance or exit-criteria text of a stage. */
    public static final int MAX_TEXT = 2000;
    /** Longest checklist item text: what the item's column holds. */
    public static final int MAX_ITEM_TEXT = 255;

    private final PipelineSettings settings;

    public PipelineEditor(PipelineSettings settings) {
        this.settings = settings;
    }

    /** Saves the edited set-up in place of the current one; throws {@link InvalidPipelineException} with every problem. */
    public PipelineConfig replace(PipelineConfig current, PipelineEdit edit) {
        List<Problem> problems = new ArrayList<>();
        List<Stage> stages = stages(edit.stages(), problems);
        PipelineValidator.validate(current.projectKey(), edit.name(), edit.currency(), stages).stream()
                .filter(problem -> !problem.field().endsWith(".rotDays"))
                .forEach(problems::add);
        Set<String> keys = new LinkedHashSet<>(stages.stream().map(Stage::key).toList());
        StatusMapping mapping = edit.mapping() == null
                ? keptMapping(current.mapping(), keys, problems)
                : MappingLines.read(keys, edit.mapping(), problems);
        QualificationPolicy policy = edit.policy() == null ? current.policy() : policy(edit.policy(), current.policy(), problems);
        if (policy != null) {
            policy.gate().filter(gate -> !keys.contains(gate)).ifPresent(gate -> problems.add(new Problem("policy.gateStage",
                    edit.policy() != null && gate.equals(edit.policy().gateStage())
                            ? "The qualification gate must be one of the pipeline's stages, not " + gate + "."
                            : "Stage " + gate + " is the qualification gate, which this change removes; choose another"
                                    + " gate stage, or none, first.")));
        }
        ChecklistTemplates checklists = edit.checklists() == null
                ? keptChecklists(current.checklists(), keys)
                : checklists(edit.checklists(), current.checklists(), keys, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPipelineException(problems);
        }
        PipelineConfig edited = new PipelineConfig(new Pipeline(current.projectKey(), edit.name(), edit.currency(), stages),
                mapping, policy, checklists);
        settings.save(edited);
        return edited;
    }

    private static List<Stage> stages(List<PipelineEdit.StageEdit> edits, List<Problem> problems) {
        List<Stage> stages = new ArrayList<>();
        if (edits == null) {
            return stages;
        }
        Set<String> taken = new HashSet<>();
        edits.stream().filter(s -> s != null && s.key() != null && !s.key().isBlank()).forEach(s -> taken.add(s.key()));
        for (int i = 0; i < edits.size(); i++) {
            PipelineEdit.StageEdit edit = edits.get(i);
            String path = "stages[" + i + "]";
            if (edit == null) {
                problems.add(new Problem(path, "A stage is missing."));
                continue;
            }
            String key = edit.key();
            if (key == null || key.isBlank()) {
                key = StageKeys.fromName(edit.name(), taken);
                taken.add(key);
            }
            if (edit.probability() == null) {
                problems.add(new Problem(path + ".probability", "Give the stage's win probability, 0 to 100."));
            }
            if (edit.rotDays() == null || edit.rotDays() < 1) {
                problems.add(new Problem(path + ".rotDays", "Rot days must be at least 1"
                        + (edit.rotDays() == null ? "." : ", was " + edit.rotDays() + ".")));
            }
            checkText(path + ".guidance", "Guidance", edit.guidance(), MAX_TEXT, problems);
            checkText(path + ".exitCriteria", "Exit criteria", edit.exitCriteria(), MAX_TEXT, problems);
            stages.add(new Stage(key, edit.name(), edit.probability() == null ? 0 : edit.probability(),
                    edit.rotDays() == null ? 1 : edit.rotDays(), edit.guidance(), edit.exitCriteria()));
        }
        return stages;
    }

    private static StatusMapping keptMapping(StatusMapping mapping, Set<String> keys, List<Problem> problems) {
        List<MappedStatus> lines = mapping.lines();
        for (int i = 0; i < lines.size(); i++) {
            MappedStatus line = lines.get(i);
            if (line.target().isOpenStage() && !keys.contains(line.target().stageKey())) {
                problems.add(new Problem("mapping[" + i + "].stage", "Status " + line.statusId() + " is mapped to stage "
                        + line.target().stageKey() + ", which this change removes; map the status elsewhere first."));
            }
        }
        return mapping;
    }

    private static QualificationPolicy policy(PipelineEdit.PolicyEdit edit, QualificationPolicy current,
            List<Problem> problems) {
        Set<BantCriterion> mandatory = EnumSet.noneOf(BantCriterion.class);
        List<String> names = edit.mandatory() == null ? List.of() : edit.mandatory();
        for (int i = 0; i < names.size(); i++) {
            try {
                mandatory.add(BantCriterion.valueOf(String.valueOf(names.get(i))));
            } catch (IllegalArgumentException unknown) {
                problems.add(new Problem("policy.mandatory[" + i + "]",
                        "A mandatory criterion is BUDGET, AUTHORITY, NEED or TIMELINE, not " + names.get(i) + "."));
            }
        }
        Double threshold = edit.threshold();
        if (threshold == null || !(threshold >= 0 && threshold <= 4)) {
            problems.add(new Problem("policy.threshold", "The BANT threshold must be between 0 and 4"
                    + (threshold == null ? "." : ", was " + threshold + ".")));
            return null;
        }
        return new QualificationPolicy(threshold, mandatory,
                edit.gateStage() == null ? current.gateStage() : edit.gateStage().trim());
    }

    private static ChecklistTemplates keptChecklists(ChecklistTemplates current, Set<String> keys) {
        ChecklistTemplates kept = ChecklistTemplates.none();
        for (ChecklistTemplate template : current.all()) {
            if (keys.contains(template.stageKey())) {
                kept = kept.with(template);
            }
        }
        return kept;
    }

    private static ChecklistTemplates checklists(Map<String, PipelineEdit.ChecklistEdit> edits, ChecklistTemplates current,
            Set<String> keys, List<Problem> problems) {
        ChecklistTemplates result = ChecklistTemplates.none();
        for (Map.Entry<String, PipelineEdit.ChecklistEdit> entry : edits.entrySet()) {
            String stageKey = entry.getKey();
            String path = "checklists." + stageKey;
            if (!keys.contains(stageKey)) {
                problems.add(new Problem(path, "The pipeline has no stage " + stageKey + " for this checklist."));
                continue;
            }
            List<PipelineEdit.ItemEdit> items = entry.getValue() == null || entry.getValue().items() == null
                    ? List.of() : entry.getValue().items();
            List<ChecklistItem> read = items(path, items, current.forStage(stageKey), problems);
            if (!read.isEmpty()) {
                result = result.with(new ChecklistTemplate(stageKey, read));
            }
        }
        return result;
    }

    private static List<ChecklistItem> items(String path, List<PipelineEdit.ItemEdit> edits,
            Optional<ChecklistTemplate> before, List<Problem> problems) {
        Set<String> taken = new HashSet<>();
        before.ifPresent(template -> template.items().forEach(item -> taken.add(item.id())));
        edits.stream().filter(e -> e != null && e.id() != null).forEach(e -> taken.add(e.id()));
        Set<String> used = new HashSet<>();
        List<ChecklistItem> items = new ArrayList<>();
        boolean valid = true;
        for (int j = 0; j < edits.size(); j++) {
            PipelineEdit.ItemEdit edit = edits.get(j);
            String itemPath = path + ".items[" + j + "]";
            if (edit == null) {
                problems.add(new Problem(itemPath, "A checklist item is missing."));
                valid = false;
                continue;
            }
            String id = edit.id();
            if (id != null && before.flatMap(template -> template.item(id)).isEmpty()) {
                problems.add(new Problem(itemPath + ".id", "This checklist has no item " + id + "; leave the id out for a new item."));
                valid = false;
            } else if (id != null && !used.add(id)) {
                problems.add(new Problem(itemPath + ".id", "Item " + id + " appears more than once."));
                valid = false;
            }
            if (edit.text() == null || edit.text().isBlank()) {
                problems.add(new Problem(itemPath + ".text", "Write what the item asks for."));
                valid = false;
            } else if (!checkText(itemPath + ".text", "An item's text", edit.text(), MAX_ITEM_TEXT, problems)) {
                valid = false;
            }
            if (valid) {
                String itemId = id != null ? id : StageKeys.newItemId(edit.text(), taken);
                taken.add(itemId);
                items.add(new ChecklistItem(itemId, edit.text().strip(), Boolean.TRUE.equals(edit.required())));
            }
        }
        return valid ? items : List.of();
    }

    private static boolean checkText(String field, String label, String text, int max, List<Problem> problems) {
        if (text != null && text.length() > max) {
            problems.add(new Problem(field, label + " must be at most " + String.format(java.util.Locale.ROOT, "%,d", max)
                    + " characters, was " + String.format(java.util.Locale.ROOT, "%,d", text.length()) + "."));
            return false;
        }
        return true;
    }
}
