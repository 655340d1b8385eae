package org.salespipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.criteria.Move;
import org.salespipeline.jira.DealFields;
import org.salespipeline.qualification.BantAnswer;
import org.salespipeline.qualification.BantCriterion;
import org.salespipeline.workspace.BantEntry;
import org.salespipeline.workspace.DealView;
import org.salespipeline.workspace.DealWorkspace;

/**
 * The deal view's moves are what the workflow does: on demo deals with random histories, BANT answers, ticks and
 * reasons, the real exit-criteria validator, run by the demo's workflow engine for each listed transition, refuses
 * exactly the moves listed as not allowed, with exactly the listed messages.
 */
class MovesAgreeWithTheValidatorIT {

    private static final int DEALS = 40;
    private static DemoHost host;
    private static DealWorkspace workspace;

    @BeforeAll
    static void start() throws Exception {
        host = DemoHost.start(new DemoOptions(0, Files.createTempDirectory("moves")));
        workspace = host.app().getBean(DealWorkspace.class);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    @DisplayName("for every listed move of random deals, the validator refuses exactly when the move is not allowed")
    void everyListedMoveIsWhatTheValidatorDoes() throws Exception {
        Random random = new Random(20261201L);
        List<String> keys = host.jira().issues().stream().filter(issue -> issue.getProjectObject().getKey().equals("ACME"))
                .map(DemoIssue::getKey).sorted().toList();
        int compared = 0;
        int refused = 0;
        for (int n = 0; n < DEALS; n++) {
            String key = keys.get(random.nextInt(keys.size()));
            shuffle(key, random);
            DealView view = workspace.view(key, true).orElseThrow();
            assertThat(view.movesUnavailable()).isNull();
            assertThat(view.moves()).as("moves of %s", key).isNotEmpty();
            for (Move move : view.moves()) {
                List<String> refusals = host.workflow().refusals(key, move.toStatusId());
                assertThat(refusals).as("%s → %s", key, move.toStatusId())
                        .containsExactlyElementsOf(move.blockers().stream().map(Move.Blocker::message).toList());
                assertThat(refusals.isEmpty()).isEqualTo(move.allowed());
                compared++;
                refused += move.allowed() ? 0 : 1;
            }
        }
        assertThat(compared).isEqualTo(DEALS * 10);
        assertThat(refused).as("the sample holds refused moves as well as allowed ones").isBetween(1, compared - 1);
    }

    /** Up to three moves through the workflow, random BANT answers, ticks and reasons. */
    private static void shuffle(String key, Random random) throws Exception {
        DealView view = workspace.view(key, true).orElseThrow();
        for (int i = random.nextInt(4); i > 0; i--) {
            List<Move> allowed = view.moves().stream().filter(Move::allowed).toList();
            if (allowed.isEmpty()) {
                break;
            }
            host.workflow().transition(key, allowed.get(random.nextInt(allowed.size())).toStatusId(), Map.of());
            view = workspace.view(key, true).orElseThrow();
        }
        Map<BantCriterion, BantEntry> answers = new EnumMap<>(BantCriterion.class);
        for (BantCriterion criterion : BantCriterion.values()) {
            answers.put(criterion, new BantEntry(BantAnswer.values()[random.nextInt(3)], null));
        }
        host.jira().runAs(host.jira().authenticate("rep", "rep"), () -> workspace.saveBant(key, answers));
        view = workspace.view(key, true).orElseThrow();
        for (DealView.ChecklistView checklist : view.checklists()) {
            for (DealView.ItemView item : new ArrayList<>(checklist.items())) {
                if (random.nextInt(3) == 0) {
                    view = workspace.mark(key, checklist.stage(), item.id(), !item.ticked(),
                            current(view, checklist.stage()), "rep").orElseThrow();
                }
            }
        }
        host.jira().issue(key).set(DealFields.LOST_REASON, random.nextBoolean() ? null : new DemoIssue.DemoOption("Price"));
        host.jira().issue(key).set(DealFields.DISQUALIFICATION_REASON,
                random.nextBoolean() ? null : new DemoIssue.DemoOption("No budget"));
    }

    private static long current(DealView view, String stage) {
        return view.checklists().stream().filter(c -> c.stage().equals(stage)).findFirst().orElseThrow().version();
    }
}
