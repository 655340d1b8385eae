package org.salespipeline.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.salespipeline.checklist.Checklist;
import org.salespipeline.checklist.ChecklistStore;
import org.salespipeline.checklist.DealChecklists;
import org.salespipeline.checklist.ItemMark;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.FileHistorySource;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.demo.data.HistoryFileReader;
import org.salespipeline.demo.data.PipelineSpec;
import org.salespipeline.history.HistoryRebuild;
import org.salespipeline.history.StageLog;
import org.salespipeline.history.StatusChange;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.springframework.context.ApplicationContext;

/** Fills the demo host's store through the app's own set-up and rebuild services. */
final class DemoLoader {

    private DemoLoader() {
    }

    /** The history file when one is given, else the default data. */
    static HistoryFile data(DemoOptions options, Instant now) {
        return options.dataFile() != null ? HistoryFileReader.read(options.dataFile()) : DemoData.defaults(now);
    }

    /**
     * Loads a given data file (replacing what the store held); keeps what the store holds when it already
     * has the data's pipelines, and otherwise loads the data.
     */
    static void load(ApplicationContext app, DemoOptions options, HistoryFile data) {
        load(app, options, data, true);
    }

    /**
     * As {@link #load(ApplicationContext, DemoOptions, HistoryFile)}; without {@code tickWonChecklists} the won deals'
     * checklists stay as the history left them (each tick is a transaction of its own, too many for a large data set).
     */
    static void load(ApplicationContext app, DemoOptions options, HistoryFile data, boolean tickWonChecklists) {
        PipelineDirectory pipelines = app.getBean(PipelineDirectory.class);
        Set<String> stored = pipelines.all().stream().map(PipelineConfig::projectKey).collect(Collectors.toSet());
        Set<String> wanted = data.pipelines().stream().map(PipelineSpec::project).collect(Collectors.toSet());
        if (options.dataFile() == null && stored.equals(wanted)) {
            return;
        }
        StageLog stageLog = app.getBean(StageLog.class);
        for (var config : pipelines.all()) {
            stageLog.forgetProject(config.projectKey());
            pipelines.delete(config.projectKey());
        }
        HistoryRebuild rebuild = app.getBean(HistoryRebuild.class);
        // Jira keeps an issue's assignee by user key, and so do the facts its change history gives the rebuild.
        FileHistorySource source = new FileHistorySource(new HistoryFile(data.pipelines(), data.deals().stream()
                .map(deal -> new DealSpec(deal.issueId(), deal.key(), deal.summary(), deal.created(), deal.amount(),
                        DemoJira.keyOf(deal.owner()), deal.closeDate(), deal.history(), deal.fieldChanges()))
                .toList()));
        for (PipelineSpec pipeline : data.pipelines()) {
            pipelines.save(pipeline.config());
            rebuild.run(pipeline.project(), source);
        }
        if (!tickWonChecklists) {
            return;
        }
        ChecklistStore checklists = app.getBean(ChecklistStore.class);
        for (DealSpec deal : data.deals()) {
            pipelines.find(deal.projectKey()).ifPresent(config -> tickBeforeWinning(checklists, config, deal));
        }
    }

    /**
     * A deal that was won had every required item ticked first, as the workflow demands: its owner ticks them in the
     * hours before its first win, one an hour.
     */
    private static void tickBeforeWinning(ChecklistStore checklists, PipelineConfig config, DealSpec deal) {
        Optional<Instant> won = deal.history().stream()
                .filter(change -> config.mapping().lookup(change.statusId()).filter(ref -> ref.is(Outcome.WON)).isPresent())
                .map(StatusChange::at).findFirst();
        if (won.isEmpty()) {
            return;
        }
        Pipeline pipeline = config.pipeline();
        DealChecklists current = checklists.load(pipeline, config.checklists(), deal.issueId(), pipeline.wonPosition());
        List<String[]> required = new ArrayList<>();
        for (Checklist checklist : current.checklists()) {
            checklist.openRequiredItems().forEach(item -> required.add(new String[] {checklist.stageKey(), item.id()}));
        }
        for (int i = 0; i < required.size(); i++) {
            String stage = required.get(i)[0];
            long version = current.checklist(stage).orElseThrow().version();
            ItemMark tick = new ItemMark(true, deal.owner(), won.get().minusSeconds(3600L * (required.size() - i)));
            current = checklists.mark(pipeline, config.checklists(), deal.issueId(), pipeline.wonPosition(), stage,
                    required.get(i)[1], tick, version);
        }
    }
}
