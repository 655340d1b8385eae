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
import org.salespipeline.history.StageHoldings;
import org.salespipeline.history.StageLog;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.InvalidPipelineException;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineValidator;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StageRules;
import org.salespipeline.pipeline.StatusMapping;
import org.salespipeline.qualification.BantCriterion;
import org.salespipeline.qualification.QualificationPolicy;

/**
 * Replaces a pipeline's set-up as an admin edited it: every field is checked first and every problem reported with
 * its path (such as {@code stages[2].probability}); then what changes the figures unexpectedly — a removed stage
 * that holds deals, a mapping line that disagrees with its status's category — waits for the admin's confirmation.
 * Nothing is saved unless all of it is valid and confirmed.
 */
public class PipelineEditor {

    private final PipelineSettings settings;
    private final ProjectStatuses statuses;
    private final StageLog stageLog;

    public PipelineEditor(PipelineSettings settings, ProjectStatuses statuses, StageLog stageLog) {
        this.settings = settings;
        this.statuses = statuses;
        this.stageLog = stageLog;
    }

    /**
     * Saves the edited set-up in place of the current one; throws {@link InvalidPipelineException} with every problem,
     * or {@link ConfirmationNeededException} naming what the admin has to confirm.
     */
    public PipelineConfig replace(PipelineConfig current, PipelineEdit edit) {
        List<Problem> problems = new ArrayList<>();
        Set<String> currentKeys = keys(current.pipeline().stages());
        List<Stage> stages = StageEdits.read(edit.stages(), currentKeys, problems);
        String name = edit.name() == null ? null : edit.name().strip();
        problems.addAll(PipelineValidator.validate(current.projectKey(), name, edit.currency(), stages));
        Set<String> keys = keys(stages);
        Set<String> removed = new LinkedHashSet<>(currentKeys);
        removed.removeAll(keys);
        Map<String, PipelineEdit.RemovedStage> answers = RemovedStages.read(edit.removedStages(), removed, keys, problems);
        int beforeMapping = problems.size();
        StatusMapping mapping = edit.mapping() == null
                ? RemovedStages.keptMapping(current.mapping(), keys, answers)
                : RemovedStages.placeLeftOut(MappingLines.read(stages.stream().map(Stage::key).toList(), edit.mapping(),
                        problems), current.mapping(), answers);
        List<ProjectStatuses.Status> workflow = statuses.statuses(current.projectKey());
        // A mapping with wrong lines is judged as a whole only once its lines are right.
        if (problems.size() == beforeMapping && !mapping.equals(current.mapping())) {
            problems.addAll(MappingSense.problems(mapping, workflow));
        }
        QualificationPolicy policy = edit.policy() == null ? current.policy() : policy(edit.policy(), current.policy(), problems);
        if (policy != null) {
            policy.gate().filter(gate -> !keys.contains(gate)).ifPresent(gate -> problems.add(Problem.of("policy.gateStage",
                    edit.policy() != null && gate.equals(edit.policy().gateStage())
                            ? "sales-pipeline.problem.gate-unknown" : "sales-pipeline.problem.gate-removed", gate)));
        }
        ChecklistTemplates checklists = edit.checklists() == null
                ? keptChecklists(current.checklists(), keys)
                : checklists(edit.checklists(), current.checklists(), keys, problems);
        FiscalCalendar calendar = CalendarEdits.read(edit.timeZone(), edit.fiscalYearStart(), current.calendar(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidPipelineException(problems);
        }
        requireConfirmation(current, edit, mapping, workflow, removed, answers);
        PipelineConfig edited = new PipelineConfig(new Pipeline(current.projectKey(), name, edit.currency(), stages),
                mapping, policy, checklists, calendar);
        settings.save(edited);
        return edited;
    }

    private void requireConfirmation(PipelineConfig current, PipelineEdit edit, StatusMapping mapping,
            List<ProjectStatuses.Status> workflow, Set<String> removed, Map<String, PipelineEdit.RemovedStage> answers) {
        List<Problem> lines = new ArrayList<>();
        List<ConfirmationNeededException.RemovedStageQuestion> questions = new ArrayList<>();
        Set<String> confirmWith = new LinkedHashSet<>();
        if (edit.mapping() != null && !edit.confirmed()) {
            lines.addAll(MappingSense.toConfirm(mapping, current.mapping(), workflow, key -> stageName(current, key)));
            if (!lines.isEmpty()) {
                confirmWith.add("confirm");
            }
        }
        for (String key : removed) {
            if (answers.containsKey(key)) {
                continue;
            }
            // Left out, the current mapping would lose this stage's lines; a sent mapping places the statuses it names,
            // and those it leaves out go where the answer says.
            List<String> homeless = edit.mapping() == null ? RemovedStages.statusesOf(key, current.mapping())
                    : RemovedStages.leftOut(key, current.mapping(), mapping);
            StageHoldings holdings = stageLog.holdings(current.projectKey(), key);
            if (holdings.openDeals() > 0 || edit.mapping() == null && !homeless.isEmpty()) {
                lines.add(RemovedStages.question(key, stageName(current, key), holdings, homeless));
                questions.add(new ConfirmationNeededException.RemovedStageQuestion(key, stageName(current, key),
                        holdings.openDeals(), holdings.stays(), homeless));
                confirmWith.add("removedStages");
            }
        }
        if (!lines.isEmpty()) {
            throw new ConfirmationNeededException(lines, List.copyOf(confirmWith), questions);
        }
    }

    private static String stageName(PipelineConfig config, String key) {
        return config.pipeline().stage(key).map(Stage::name).orElse(key);
    }

    private static Set<String> keys(List<Stage> stages) {
        return new LinkedHashSet<>(stages.stream().map(Stage::key).toList());
    }

    private static QualificationPolicy policy(PipelineEdit.PolicyEdit edit, QualificationPolicy current,
            List<Problem> problems) {
        Set<BantCriterion> mandatory = EnumSet.noneOf(BantCriterion.class);
        List<String> names = edit.mandatory() == null ? List.of() : edit.mandatory();
        for (int i = 0; i < names.size(); i++) {
            try {
                mandatory.add(BantCriterion.valueOf(String.valueOf(names.get(i))));
            } catch (IllegalArgumentException unknown) {
                problems.add(Problem.of("policy.mandatory[" + i + "]", "sales-pipeline.problem.mandatory",
                        names.get(i)));
            }
        }
        Double threshold = edit.threshold();
        if (threshold == null || !(threshold >= 0 && threshold <= 4)) {
            problems.add(threshold == null ? Problem.of("policy.threshold", "sales-pipeline.problem.threshold-missing")
                    : Problem.of("policy.threshold", "sales-pipeline.problem.threshold", threshold));
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
                problems.add(Problem.of(path, "sales-pipeline.problem.checklist-stage", stageKey));
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
                problems.add(Problem.of(itemPath, "sales-pipeline.problem.item-missing"));
                valid = false;
                continue;
            }
            String id = edit.id();
            if (id != null && before.flatMap(template -> template.item(id)).isEmpty()) {
                problems.add(Problem.of(itemPath + ".id", "sales-pipeline.problem.item-unknown", id));
                valid = false;
            } else if (id != null && !used.add(id)) {
                problems.add(Problem.of(itemPath + ".id", "sales-pipeline.problem.item-twice", id));
                valid = false;
            }
            if (edit.text() == null || edit.text().isBlank()) {
                problems.add(Problem.of(itemPath + ".text", "sales-pipeline.problem.item-text"));
                valid = false;
            } else {
                Optional<Problem> tooLong = StageRules.checkText(itemPath + ".text", StageRules.ITEM_TEXT, edit.text(),
                        StageRules.MAX_ITEM_TEXT_LENGTH);
                tooLong.ifPresent(problems::add);
                valid &= tooLong.isEmpty();
            }
            if (valid) {
                String itemId = id != null ? id : StageKeys.newItemId(edit.text(), taken);
                taken.add(itemId);
                items.add(new ChecklistItem(itemId, edit.text().strip(), Boolean.TRUE.equals(edit.required())));
            }
        }
        return valid ? items : List.of();
    }
}
