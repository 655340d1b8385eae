package org.salespipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.checklist.Checklist;
import org.salespipeline.checklist.ChecklistItem;
import org.salespipeline.checklist.ChecklistStore;
import org.salespipeline.checklist.DealChecklists;
import org.salespipeline.checklist.ItemMark;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.criteria.DealSnapshot;
import org.salespipeline.criteria.ExitCheck;
import org.salespipeline.criteria.ExitCriteria;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.StageLog;
import org.salespipeline.history.StatusChange;
import org.salespipeline.jira.JiraDeals;
import org.salespipeline.jira.DealFields;
import org.salespipeline.pipeline.StageRef;

/**
 * The default demo data is data the rules allow: every move every deal made passes the exit checks the generated
 * workflow puts on it, judged on what the deal held then — its BANT answers, the ticks given before the move, and
 * the reason entered with it.
 */
class DemoDataFollowsTheRulesIT {

    private static DemoHost host;

    @BeforeAll
    static void start() throws Exception {
        host = DemoHost.start(new DemoOptions(0, Files.createTempDirectory("rules")));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    @DisplayName("every move of every default demo deal passes the exit criteria of that move")
    void everyMovePassesItsChecks() {
        PipelineDirectory pipelines = host.app().getBean(PipelineDirectory.class);
        StageLog log = host.app().getBean(StageLog.class);
        ChecklistStore store = host.app().getBean(ChecklistStore.class);
        JiraDeals deals = new JiraDeals(new DealFields(host.jira().customFieldManager()));
        List<String> broken = new ArrayList<>();
        int moves = 0;
        int won = 0;
        for (DemoIssue issue : host.jira().issues()) {
            PipelineConfig config = pipelines.find(issue.getProjectObject().getKey()).orElse(null);
            if (config == null) {
                continue;
            }
            List<StatusChange> history = log.changes(issue.getId()).stream().map(LoggedChange::change).toList();
            DealChecklists stored = store.load(config.pipeline(), config.checklists(), issue.getId(),
                    config.pipeline().wonPosition());
            for (int i = 1; i < history.size(); i++) {
                StatusChange move = history.get(i);
                StageRef target = config.mapping().lookup(move.statusId()).orElse(null);
                if (target == null) {
                    continue;
                }
                DealSnapshot before = DealSnapshot.of(config, history.get(i - 1).statusId(), history.subList(0, i),
                        deals.bant(issue), ticksBefore(config, stored, move), move.reason(), move.reason());
                for (ExitCheck check : ExitCriteria.checksFor(config, target)) {
                    List<org.salespipeline.text.Message> missing = ExitCriteria.missing(check, config, before);
                    if (!missing.isEmpty()) {
                        broken.add(issue.getKey() + " → " + move.statusId() + " at " + move.at() + ": " + missing);
                    }
                }
                moves++;
                won += target.isOpenStage() || target.outcome() != org.salespipeline.pipeline.Outcome.WON ? 0 : 1;
            }
        }
        assertThat(broken).as("moves the exit criteria would have refused").isEmpty();
        assertThat(moves).isGreaterThan(1_000);
        assertThat(won).isGreaterThan(50);
    }

    /** The deal's checklists as they stood just before the move: only the ticks given earlier count. */
    private static DealChecklists ticksBefore(PipelineConfig config, DealChecklists stored, StatusChange move) {
        DealChecklists then = DealChecklists.forPosition(config.pipeline(), config.checklists(),
                config.pipeline().wonPosition());
        for (Checklist checklist : stored.checklists()) {
            for (ChecklistItem item : checklist.template().items()) {
                ItemMark mark = checklist.mark(item.id()).orElse(null);
                if (mark != null && mark.ticked() && mark.at().isBefore(move.at())) {
                    long version = then.checklist(checklist.stageKey()).orElseThrow().version();
                    then = then.tick(checklist.stageKey(), item.id(), mark.userKey(), mark.at(), version);
                }
            }
        }
        return then;
    }
}
