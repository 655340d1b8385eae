package org.salespipeline.workspace;

import org.salespipeline.text.Message;
import org.salespipeline.text.Texts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salespipeline.checklist.Checklist;
import org.salespipeline.checklist.ChecklistItem;
import org.salespipeline.checklist.ChecklistStore;
import org.salespipeline.checklist.DealChecklists;
import org.salespipeline.checklist.ItemMark;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.criteria.DealSnapshot;
import org.salespipeline.criteria.ExitCriteria;
import org.salespipeline.criteria.Move;
import org.salespipeline.history.DealHistory;
import org.salespipeline.history.DealOutcome;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.LoggedFieldChange;
import org.salespipeline.history.StageEntry;
import org.salespipeline.history.StageLog;
import org.salespipeline.history.StatusChange;
import org.salespipeline.history.Stay;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.pipeline.StageTexts;
import org.salespipeline.checklist.ChecklistItemTextKeys;
import org.salespipeline.qualification.BantAnswer;
import org.salespipeline.qualification.BantAssessment;
import org.salespipeline.qualification.BantCriterion;
import org.salespipeline.qualification.QualificationFailure;
import org.salespipeline.qualification.QualificationPolicy;

/**
 * Reads one deal for the issue panel and applies a rep's changes to it: BANT answers with their notes, and
 * checklist ticks (refused when the checklist changed since the rep loaded it). An issue that is not a Deal of
 * a project with a pipeline has no workspace.
 */
public class DealWorkspace {

    private final PipelineDirectory pipelines;
    private final StageLog stageLog;
    private final ChecklistStore checklists;
    private final DealIssues issues;
    private final BantNotes notes;
    private final DealTransitions transitions;
    private final Clock clock;
    private final Texts texts;

    /** The workspace; its views say what blocks a move in the words of the user they are for, through {@code texts}. */
    public DealWorkspace(PipelineDirectory pipelines, StageLog stageLog, ChecklistStore checklists, DealIssues issues,
            BantNotes notes, DealTransitions transitions, Clock clock, Texts texts) {
        this.pipelines = pipelines;
        this.stageLog = stageLog;
        this.checklists = checklists;
        this.issues = issues;
        this.notes = notes;
        this.transitions = transitions;
        this.clock = clock;
        this.texts = texts;
    }

    /** The deal as the panel shows it; empty when the issue is not a deal of a pipeline. */
    public Optional<DealView> view(String issueKey, boolean canEdit) {
        return deal(issueKey).map(deal -> view(deal, canEdit));
    }

    /**
     * Sets the given criteria's answers and notes (the others stay as they are) and returns the deal afterwards;
     * empty when the issue is not a deal of a pipeline. Throws {@link DealUpdateRefusedException} when Jira cannot
     * take the answers; then nothing is changed.
     */
    public Optional<DealView> saveBant(String issueKey, Map<BantCriterion, BantEntry> changes) {
        Optional<Deal> found = deal(issueKey);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Deal deal = found.get();
        Map<BantCriterion, BantAnswer> answers = new EnumMap<>(BantCriterion.class);
        Map<BantCriterion, String> changedNotes = new EnumMap<>(BantCriterion.class);
        changes.forEach((criterion, entry) -> {
            answers.put(criterion, entry.answer());
            changedNotes.put(criterion, entry.note() == null || entry.note().isBlank() ? null : entry.note().strip());
        });
        List<Message> refused = issues.writeBant(issueKey, answers);
        if (!refused.isEmpty()) {
            throw new DealUpdateRefusedException(refused);
        }
        notes.save(deal.issue().issueId(), changedNotes);
        return view(issueKey, true);
    }

    /**
     * Ticks or unticks one item of the stage's checklist if the rep saw the checklist's current version, and
     * returns the deal afterwards; empty when the issue is not a deal of a pipeline. A stale version throws
     * {@link org.salespipeline.checklist.StaleChecklistVersionException}; an item the deal's checklist lacks throws
     * {@link IllegalArgumentException}. Nothing changes in either case.
     */
    public Optional<DealView> mark(String issueKey, String stageKey, String itemId, boolean ticked, long expectedVersion,
            String userKey) {
        Optional<Deal> found = deal(issueKey);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Deal deal = found.get();
        PipelineConfig config = deal.config();
        int position = stageLog.position(deal.issue().issueId());
        // A checklist the deal has not reached yet takes ticks when its required items block WON.
        int reach = position < config.pipeline().positionOf(stageKey).orElse(Integer.MAX_VALUE)
                && blocksWon(config, stageKey) ? config.pipeline().wonPosition() : position;
        checklists.mark(config.pipeline(), config.checklists(), deal.issue().issueId(), reach, stageKey, itemId,
                new ItemMark(ticked, userKey, clock.instant()), expectedVersion);
        // A tick changes nothing in Jira, so the issue and set-up just read still hold.
        return Optional.of(view(deal, true));
    }

    private Optional<Deal> deal(String issueKey) {
        return issues.find(issueKey).filter(DealIssue::isDeal)
                .flatMap(issue -> pipelines.find(issue.projectKey()).map(config -> new Deal(issue, config)));
    }

    private DealView view(Deal deal, boolean canEdit) {
        DealIssue issue = deal.issue();
        PipelineConfig config = deal.config();
        Pipeline pipeline = config.pipeline();
        Instant now = clock.instant();
        Optional<StageRef> current = config.mapping().target(issue.statusId(), pipeline);
        List<StatusChange> changes = stageLog.changes(issue.issueId()).stream().map(LoggedChange::change).toList();
        DealHistory history = DealHistory.derive(changes, pipeline, config.mapping());
        Optional<Instant> entered = current.filter(ref -> history.stageAt(now).equals(Optional.of(ref)))
                .flatMap(ref -> history.enteredCurrentStageAt(now));
        Stage stage = current.filter(StageRef::isOpenStage).flatMap(ref -> pipeline.stage(ref.stageKey())).orElse(null);
        Double days = stage == null ? null : entered.map(at -> Stay.daysBetween(at, now)).orElse(null);
        int probability = probability(current, stage);
        int position = stageLog.position(issue.issueId());
        BantAssessment bant = withNotes(issue.bant(), notes.load(issue.issueId()));
        DealChecklists all = checklists.load(pipeline, config.checklists(), issue.issueId(), pipeline.wonPosition());
        DealSnapshot snapshot = DealSnapshot.of(config, issue.statusId(), changes, issue.bant(), all, issue.lostReason(),
                issue.disqualificationReason());
        DealView.Closed closed = closed(current, entered, history, issue);
        List<Move> moves = List.of();
        String movesUnavailable = null;
        try {
            moves = ExitCriteria.moves(config, snapshot, transitions.available(issue.key()), texts);
        } catch (TransitionsUnavailableException unavailable) {
            movesUnavailable = texts.text(unavailable.reason());
        }
        return new DealView(issue.key(), issue.summary(), issue.projectKey(), pipeline.name(), pipeline.currency(),
                issue.amount(), issue.owner(), issue.ownerName(),
                issue.expectedClose() == null ? null : issue.expectedClose().toString(), issue.statusId(),
                path(pipeline, stage, position), stage == null ? null : stage.key(),
                entered.map(Instant::toString).orElse(null), closed, stage == null ? null : StageTexts.guidance(stage, texts),
                stage == null ? null : StageTexts.exitCriteria(stage, texts), days, stage == null ? null : stage.rotDays(),
                stage != null && days != null && days > stage.rotDays(), probability,
                issue.amount() == null ? null : issue.amount() * probability / 100.0,
                bant(bant, config, snapshot.currentPosition()),
                checklists(config, stage, position, all), moves, movesUnavailable, canEdit, canEdit && closed == null,
                closeDatePushes(issue.issueId()));
    }

    private static int probability(Optional<StageRef> current, Stage stage) {
        if (stage != null) {
            return stage.probability();
        }
        return current.filter(ref -> !ref.isOpenStage() && ref.outcome() == Outcome.WON).isPresent() ? 100 : 0;
    }

    /** Stages before the current one are passed; without a current stage, those up to the furthest position reached. */
    private List<DealView.PathStep> path(Pipeline pipeline, Stage current, int position) {
        int currentIndex = current == null ? -1 : pipeline.stages().indexOf(current);
        List<DealView.PathStep> path = new ArrayList<>();
        for (int i = 0; i < pipeline.stages().size(); i++) {
            Stage stage = pipeline.stages().get(i);
            String state = currentIndex < 0 ? (i < position ? "PASSED" : "AHEAD")
                    : i < currentIndex ? "PASSED" : i == currentIndex ? "CURRENT" : "AHEAD";
            path.add(new DealView.PathStep(stage.key(), StageTexts.name(stage, texts), stage.probability(), stage.rotDays(), state));
        }
        return path;
    }

    /** How many times the deal's expected close date was moved to a later date, as the stage log's field history says. */
    private int closeDatePushes(long issueId) {
        List<FieldChange> changes = stageLog.fieldChanges(issueId).stream().map(LoggedFieldChange::change).toList();
        return FieldChange.pushCount(changes, null, null);
    }

    private DealView.Closed closed(Optional<StageRef> current, Optional<Instant> entered, DealHistory history,
            DealIssue issue) {
        Optional<StageRef> outcome = current.filter(ref -> !ref.isOpenStage());
        if (outcome.isEmpty()) {
            return null;
        }
        List<StageEntry> entries = history.entries();
        String reason = entries.isEmpty() || !entries.get(entries.size() - 1).target().equals(outcome.get()) ? null
                : entries.get(entries.size() - 1).reason();
        String countedAs = history.outcome().map(DealOutcome::outcome).filter(best -> best != outcome.get().outcome())
                .map(Enum::name).orElse(null);
        return new DealView.Closed(outcome.get().outcome().name(), entered.map(Instant::toString).orElse(null),
                reason == null ? null : issues.reasonName(reason),
                entered.map(at -> Stay.daysBetween(issue.created(), at)).orElse(null), issue.amount(), countedAs);
    }

    private static BantAssessment withNotes(BantAssessment answers, Map<BantCriterion, String> notes) {
        BantAssessment result = answers;
        for (BantCriterion criterion : BantCriterion.values()) {
            result = result.with(criterion, answers.answer(criterion), notes.get(criterion));
        }
        return result;
    }

    private DealView.Bant bant(BantAssessment assessment, PipelineConfig config, int currentPosition) {
        QualificationPolicy policy = config.policy();
        List<DealView.BantLine> lines = new ArrayList<>();
        for (BantCriterion criterion : BantCriterion.values()) {
            lines.add(new DealView.BantLine(criterion.name(), assessment.answer(criterion).name(),
                    assessment.note(criterion).orElse(null), policy.mandatory().contains(criterion)));
        }
        String gateName = policy.gate().flatMap(config.pipeline()::stage).map(gate -> StageTexts.name(gate, texts)).orElse(null);
        return new DealView.Bant(lines, assessment.score(), policy.threshold(), policy.gateStage(), gateName,
                ExitCriteria.gateApplies(config, currentPosition),
                texts.texts(policy.failures(assessment).stream().map(QualificationFailure::message).toList()));
    }

    /**
     * The checklists of the stages the deal has reached, the current stage's first, then those of stages ahead whose
     * required items block WON.
     */
    private List<DealView.ChecklistView> checklists(PipelineConfig config, Stage current, int position,
            DealChecklists deal) {
        Pipeline pipeline = config.pipeline();
        List<DealView.ChecklistView> views = new ArrayList<>();
        List<DealView.ChecklistView> ahead = new ArrayList<>();
        for (Checklist checklist : deal.checklists()) {
            boolean reached = pipeline.positionOf(checklist.stageKey()).orElse(0) <= position;
            if (!reached && !blocksWon(config, checklist.stageKey())) {
                continue;
            }
            boolean isCurrent = current != null && current.key().equals(checklist.stageKey());
            List<DealView.ItemView> items = new ArrayList<>();
            int done = 0;
            for (ChecklistItem item : checklist.template().items()) {
                Optional<ItemMark> mark = checklist.mark(item.id());
                boolean ticked = mark.map(ItemMark::ticked).orElse(false);
                done += ticked ? 1 : 0;
                items.add(new DealView.ItemView(item.id(),
                        ChecklistItemTextKeys.text(checklist.stageKey(), item).map(key -> texts.text(Message.of(key)))
                                .orElse(item.text()), item.required(), ticked,
                        mark.map(ItemMark::userKey).orElse(null), mark.map(m -> m.at().toString()).orElse(null)));
            }
            DealView.ChecklistView view = new DealView.ChecklistView(checklist.stageKey(),
                    pipeline.stage(checklist.stageKey()).map(s -> StageTexts.name(s, texts)).orElse(checklist.stageKey()), isCurrent,
                    !reached, checklist.version(), done, items.size(), items);
            if (!reached) {
                ahead.add(view);
            } else if (isCurrent) {
                views.add(0, view);
            } else {
                views.add(view);
            }
        }
        views.addAll(ahead);
        return views;
    }

    /** Whether the stage's checklist has required items, which every deal must tick before it is won. */
    private static boolean blocksWon(PipelineConfig config, String stageKey) {
        return config.checklists().forStage(stageKey).map(t -> t.items().stream().anyMatch(ChecklistItem::required))
                .orElse(false);
    }

    private record Deal(DealIssue issue, PipelineConfig config) {
    }
}
