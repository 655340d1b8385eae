package org.salespipeline.configuration;

import org.salespipeline.testing.ProbabilityHistoryInMemory;
import org.salespipeline.text.BundleTexts.Said;
import static org.salespipeline.text.BundleTexts.said;
import static org.salespipeline.text.BundleTexts.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.checklist.ChecklistItem;
import org.salespipeline.history.StageHoldings;
import org.salespipeline.history.StageLog;
import org.salespipeline.pipeline.InvalidPipelineException;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.Stage;

/** How an admin's edit of a whole pipeline is checked, turned into a set-up and saved. */
class PipelineEditorTest {

    private final Map<String, PipelineConfig> saved = new HashMap<>();
    private final List<String> rederived = new ArrayList<>();
    private final Map<String, StageHoldings> holdings = new HashMap<>();
    private final List<ProjectStatuses.Status> workflow = new ArrayList<>();
    private final PipelineEditor editor = new PipelineEditor(new ProbabilityHistoryInMemory().settings(directory(), stageLog()), statuses(),
            stageLog());
    private final PipelineConfig current = PipelineConfig.fromTemplate(PipelineTemplate.SIX_STAGE, "ACME", "Acme sales", "USD");

    @Test
    @DisplayName("a new stage gets a key made from its name, numbered when that key is taken")
    void newStagesGetKeys() {
        List<PipelineEdit.StageEdit> stages = stagesOf(current);
        stages.add(2, new PipelineEdit.StageEdit(null, "Démo given", 40, 7, "", ""));
        stages.add(3, new PipelineEdit.StageEdit(null, "Demo given", 45, 7, "", ""));

        PipelineConfig edited = editor.replace(current, edit(stages, null, null));

        assertThat(edited.pipeline().stages()).extracting(Stage::key)
                .containsSubsequence("QUALIFICATION", "DEMO_GIVEN", "DEMO_GIVEN_2", "NEEDS_ASSESSMENT");
        assertThat(saved.get("ACME")).isEqualTo(edited);
    }

    @Test
    @DisplayName("a new stage order derives the logged deals again; a new name alone does not")
    void reorderRederives() {
        List<PipelineEdit.StageEdit> renamed = stagesOf(current);
        renamed.set(0, new PipelineEdit.StageEdit("PROSPECTING", "Lead generation", 5, 14, "", ""));
        editor.replace(current, edit(renamed, null, null));
        assertThat(rederived).isEmpty();

        List<PipelineEdit.StageEdit> reordered = stagesOf(current);
        reordered.add(0, reordered.remove(1));
        editor.replace(current, edit(reordered, null, null));
        assertThat(rederived).containsExactly("ACME");
    }

    @Test
    @DisplayName("removing a stage that statuses still map to asks where they go, even when it holds no deal, and saves nothing")
    void removedStageStillMapped() {
        List<PipelineEdit.StageEdit> stages = stagesOf(current);
        stages.removeIf(stage -> stage.key().equals("PROPOSAL"));

        assertThatThrownBy(() -> editor.replace(current, edit(stages, null, null)))
                .isInstanceOfSatisfying(ConfirmationNeededException.class, asked -> assertThat(asked.lines())
                        .extracting(Problem::field, problem -> english(problem.message())).containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "removedStages.PROPOSAL", "Stage Proposal holds no open deal and no logged stay, but its statuses"
                                        + " (Proposal) need a new place. Say where they"
                                        + " go: removedStages.PROPOSAL.mapTo is another stage's key, or null for unmapped.")));
        assertThat(saved).isEmpty();
    }

    @Test
    @DisplayName("checklist items keep their ids, new items get fresh ones, and an unknown id is refused")
    void itemIds() {
        List<ChecklistItem> closing = current.checklists().forStage("CLOSING").orElseThrow().items();
        List<PipelineEdit.ItemEdit> items = new ArrayList<>(closing.stream()
                .map(item -> new PipelineEdit.ItemEdit(item.id(), item.text(), item.required())).toList());
        items.add(new PipelineEdit.ItemEdit(null, "Invoice sent", true));

        PipelineConfig edited = editor.replace(current, edit(stagesOf(current), null, Map.of("CLOSING", items)));

        List<ChecklistItem> after = edited.checklists().forStage("CLOSING").orElseThrow().items();
        assertThat(after.subList(0, 4)).isEqualTo(closing);
        assertThat(after.get(4).id()).startsWith("invoice-sent-").isNotIn(closing.stream().map(ChecklistItem::id).toList());
        assertThat(after.get(4).required()).isTrue();
        assertThat(edited.checklists().forStage("NEGOTIATION")).isEmpty();

        List<PipelineEdit.ItemEdit> unknown = List.of(new PipelineEdit.ItemEdit("made-up", "Made up", false));
        assertThatThrownBy(() -> editor.replace(current, edit(stagesOf(current), null, Map.of("CLOSING", unknown))))
                .isInstanceOfSatisfying(InvalidPipelineException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field).containsExactly("checklists.CLOSING.items[0].id"));
    }

    @Test
    @DisplayName("texts have limits: guidance and exit criteria 2,000 characters, checklist items 255, rot days at least 1")
    void limits() {
        List<PipelineEdit.StageEdit> stages = stagesOf(current);
        stages.set(0, new PipelineEdit.StageEdit("PROSPECTING", "Prospecting", 5, 0, "g".repeat(2001), "e".repeat(2000)));
        Map<String, List<PipelineEdit.ItemEdit>> checklists = Map.of("CLOSING",
                List.of(new PipelineEdit.ItemEdit(null, "t".repeat(256), true)));

        assertThatThrownBy(() -> editor.replace(current, edit(stages, new PipelineEdit.PolicyEdit(null, List.of(), null), checklists)))
                .isInstanceOfSatisfying(InvalidPipelineException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field).containsExactlyInAnyOrder("stages[0].rotDays", "stages[0].guidance",
                                "policy.threshold", "checklists.CLOSING.items[0].text"));
    }

    @Test
    @DisplayName("the gate stage is one of the pipeline's stages or none; left out it stays, and removing it is refused")
    void gateStage() {
        PipelineConfig atProposal = editor.replace(current,
                edit(stagesOf(current), new PipelineEdit.PolicyEdit(3.0, List.of(), "PROPOSAL"), null));
        assertThat(atProposal.policy().gateStage()).isEqualTo("PROPOSAL");
        assertThat(editor.replace(atProposal, edit(stagesOf(current), new PipelineEdit.PolicyEdit(2.0, List.of(), null), null))
                .policy().gateStage()).as("left out, the gate stays").isEqualTo("PROPOSAL");
        assertThat(editor.replace(current, edit(stagesOf(current), new PipelineEdit.PolicyEdit(3.0, List.of(), ""), null))
                .policy().gate()).as("an empty gate is none").isEmpty();

        assertThatThrownBy(() -> editor.replace(current,
                edit(stagesOf(current), new PipelineEdit.PolicyEdit(3.0, List.of(), "DEMO"), null)))
                .isInstanceOfSatisfying(InvalidPipelineException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field, problem -> english(problem.message())).containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "policy.gateStage", "The qualification gate must be one of the pipeline's stages, not DEMO.")));
        List<PipelineEdit.StageEdit> withoutQualification = stagesOf(current);
        withoutQualification.remove(1);
        saved.clear();
        assertThatThrownBy(() -> editor.replace(current, new PipelineEdit("Acme sales", "USD", withoutQualification,
                List.of(), null, null)))
                .isInstanceOfSatisfying(InvalidPipelineException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field).contains("policy.gateStage"));
        assertThat(saved).as("nothing saved on a refusal").isEmpty();
    }

    @Test
    @DisplayName("probability and rot days are whole numbers in range: a decimal or a huge number is refused, never cut")
    void numbersAreWholeAndInRange() {
        List<PipelineEdit.StageEdit> stages = stagesOf(current);
        stages.set(0, new PipelineEdit.StageEdit("PROSPECTING", "Prospecting", new BigDecimal("33.3"), new BigDecimal("1.5"), "", ""));
        stages.set(1, new PipelineEdit.StageEdit("QUALIFICATION", "Qualification", new BigDecimal("101"),
                new BigDecimal("99999999999"), "", ""));
        stages.set(2, new PipelineEdit.StageEdit("NEEDS_ASSESSMENT", "Needs assessment", null, new BigDecimal("3651"), "", ""));

        assertThatThrownBy(() -> editor.replace(current, edit(stages, null, null)))
                .isInstanceOfSatisfying(InvalidPipelineException.class, invalid -> assertThat(said(invalid.problems()))
                        .containsExactly(
                                new Said("stages[0].probability", "Probability must be a whole number from 0 to 100, not 33.3."),
                                new Said("stages[0].rotDays", "Rot days must be a whole number from 1 to 3650, not 1.5."),
                                new Said("stages[1].probability", "Probability must be a whole number from 0 to 100, not 101."),
                                new Said("stages[1].rotDays", "Rot days must be a whole number from 1 to 3650, not 99999999999."),
                                new Said("stages[2].probability", "Probability must be a whole number from 0 to 100."),
                                new Said("stages[2].rotDays", "Rot days must be a whole number from 1 to 3650, not 3651.")));
        assertThat(saved).isEmpty();

        stages.set(0, new PipelineEdit.StageEdit("PROSPECTING", "Prospecting", new BigDecimal("40.0"), new BigDecimal("3650"), "", ""));
        assertThat(editor.replace(current, edit(withFirst(stages.get(0)), null, null))
                .pipeline().stages().get(0)).extracting(Stage::probability, Stage::rotDays).containsExactly(40, 3650);
    }

    @Test
    @DisplayName("names are saved trimmed; two stages of the same name (trimmed, any case) are refused on the second")
    void namesTrimmedAndUnique() {
        List<PipelineEdit.StageEdit> stages = stagesOf(current);
        stages.set(0, new PipelineEdit.StageEdit("PROSPECTING", "  Lead generation  ", 5, 14, "", ""));
        PipelineConfig edited = editor.replace(current, new PipelineEdit("  Acme deals ", "USD", stages, null, null, null));
        assertThat(edited.pipeline().name()).isEqualTo("Acme deals");
        assertThat(edited.pipeline().stages().get(0).name()).isEqualTo("Lead generation");

        saved.clear();
        List<PipelineEdit.StageEdit> doubled = stagesOf(current);
        doubled.add(new PipelineEdit.StageEdit(null, " prospecting", 5, 14, "", ""));
        assertThatThrownBy(() -> editor.replace(current, edit(doubled, null, null)))
                .isInstanceOfSatisfying(InvalidPipelineException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field).containsExactly("stages[6].name"));
        assertThat(saved).isEmpty();
    }

    @Test
    @DisplayName("a status maps to a new stage by the stage's place in the edit, as its key is made only when saved")
    void mappingToANewStageByItsPlace() {
        List<PipelineEdit.StageEdit> stages = stagesOf(current);
        stages.add(2, new PipelineEdit.StageEdit(null, "Demo given", 40, 7, "", ""));
        List<MappingRequest.Line> mapping = new java.util.ArrayList<>(current.mapping().lines().stream()
                .map(line -> new MappingRequest.Line(line.statusId(), line.target().stageKey(),
                        line.target().isOpenStage() ? null : line.target().outcome().name()))
                .toList());
        mapping.add(new MappingRequest.Line("Demo", null, null, 2));

        PipelineConfig edited = editor.replace(current, new PipelineEdit("Acme sales", "USD", stages, mapping, null, null));

        assertThat(edited.mapping().lookup("Demo")).contains(org.salespipeline.pipeline.StageRef.stage("DEMO_GIVEN"));
        mapping.set(mapping.size() - 1, new MappingRequest.Line("Demo", null, null, 9));
        assertThatThrownBy(() -> editor.replace(current, new PipelineEdit("Acme sales", "USD", stages, mapping, null, null)))
                .isInstanceOfSatisfying(InvalidPipelineException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field).containsExactly("mapping[" + (mapping.size() - 1) + "].stageIndex"));
    }

    @Test
    @DisplayName("stage keys are made by the server: a key the pipeline does not have is refused")
    void keysComeFromTheServer() {
        List<PipelineEdit.StageEdit> stages = stagesOf(current);
        stages.add(new PipelineEdit.StageEdit("MY_OWN_KEY", "Demo given", 40, 7, "", ""));

        assertThatThrownBy(() -> editor.replace(current, edit(stages, null, null)))
                .isInstanceOfSatisfying(InvalidPipelineException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field).containsExactly("stages[6].key"));
    }

    @Test
    @DisplayName("a mapping without an open stage or without WON is refused; a Done status on an open stage waits for confirm")
    void mappingMakesSense() {
        workflow.addAll(List.of(new ProjectStatuses.Status("Prospecting", "Prospecting", "new"),
                new ProjectStatuses.Status("Closed Won", "Closed Won", "done"),
                new ProjectStatuses.Status("Closed Lost", "Closed Lost", "done")));
        List<MappingRequest.Line> onlyOutcomes = List.of(new MappingRequest.Line("Closed Won", null, "WON"),
                new MappingRequest.Line("Closed Lost", null, "WON"));
        assertThatThrownBy(() -> editor.replace(current, withMapping(onlyOutcomes, null)))
                .isInstanceOfSatisfying(InvalidPipelineException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field).containsExactly("mapping"));

        List<MappingRequest.Line> lostAsOpen = List.of(new MappingRequest.Line("Prospecting", "PROSPECTING", null),
                new MappingRequest.Line("Closed Won", null, "WON"), new MappingRequest.Line("Closed Lost", "CLOSING", null));
        assertThatThrownBy(() -> editor.replace(current, withMapping(lostAsOpen, null)))
                .isInstanceOfSatisfying(ConfirmationNeededException.class, asked -> {
                    assertThat(asked.lines()).extracting(Problem::field).containsExactly("mapping[2]");
                    assertThat(english(asked.lines().get(0).message())).contains("Closed Lost", "Done", "Closing");
                    assertThat(asked.confirmWith()).containsExactly("confirm");
                });
        assertThat(saved).isEmpty();

        PipelineConfig confirmed = editor.replace(current, withMapping(lostAsOpen, true));
        assertThat(confirmed.mapping().lookup("Closed Lost")).contains(org.salespipeline.pipeline.StageRef.stage("CLOSING"));
        assertThat(editor.replace(confirmed, withMapping(lostAsOpen, null)).mapping()).as("a line saved before is not asked again")
                .isEqualTo(confirmed.mapping());
    }

    @Test
    @DisplayName("removing a stage that holds open deals asks where its statuses go, with the deals and stays it derives again")
    void removingAStageWithDealsAsks() {
        holdings.put("PROPOSAL", new StageHoldings(7, 23));
        List<PipelineEdit.StageEdit> stages = stagesOf(current);
        stages.removeIf(stage -> stage.key().equals("PROPOSAL"));

        assertThatThrownBy(() -> editor.replace(current, new PipelineEdit("Acme sales", "USD", stages, null, null, null)))
                .isInstanceOfSatisfying(ConfirmationNeededException.class, asked -> {
                    assertThat(asked.lines()).extracting(Problem::field).containsExactly("removedStages.PROPOSAL");
                    assertThat(english(asked.lines().get(0).message())).contains("7 open deals", "23 logged stays", "Proposal");
                    assertThat(asked.confirmWith()).containsExactly("removedStages");
                });
        assertThat(saved).isEmpty();

        List<MappingRequest.Line> elsewhere = current.mapping().lines().stream()
                .map(line -> new MappingRequest.Line(line.statusId(), "PROPOSAL".equals(line.target().stageKey())
                        ? "NEGOTIATION" : line.target().stageKey(), line.target().isOpenStage() ? null : line.target().outcome().name()))
                .toList();
        assertThatThrownBy(() -> editor.replace(current, new PipelineEdit("Acme sales", "USD", stages, elsewhere, null, null)))
                .as("a sent mapping places the statuses, but the open deals still ask")
                .isInstanceOfSatisfying(ConfirmationNeededException.class, asked -> assertThat(asked.lines())
                        .extracting(Problem::field).containsExactly("removedStages.PROPOSAL"));

        PipelineConfig moved = editor.replace(current, new PipelineEdit("Acme sales", "USD", stages, null, null, null,
                Map.of("PROPOSAL", new PipelineEdit.RemovedStage("NEGOTIATION")), null));
        assertThat(moved.mapping().lookup("Proposal")).contains(org.salespipeline.pipeline.StageRef.stage("NEGOTIATION"));
        assertThat(rederived).containsExactly("ACME");

        PipelineConfig unmapped = editor.replace(current, new PipelineEdit("Acme sales", "USD", stages, null, null, null,
                Map.of("PROPOSAL", new PipelineEdit.RemovedStage(null)), null));
        assertThat(unmapped.mapping().lookup("Proposal")).isEmpty();

        assertThatThrownBy(() -> editor.replace(current, new PipelineEdit("Acme sales", "USD", stages, null, null, null,
                Map.of("PROPOSAL", new PipelineEdit.RemovedStage("GONE"), "CLOSING", new PipelineEdit.RemovedStage(null)), null)))
                .isInstanceOfSatisfying(InvalidPipelineException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field).containsExactlyInAnyOrder("removedStages.PROPOSAL.mapTo", "removedStages.CLOSING"));
    }

    @Test
    @DisplayName("with a sent mapping that leaves a removed stage's statuses out, as the edit page sends it, they go where the answer says")
    void removedStageAnswerPlacesTheStatusesASentMappingLeavesOut() {
        holdings.put("PROPOSAL", new StageHoldings(7, 23));
        List<PipelineEdit.StageEdit> stages = stagesOf(current);
        stages.removeIf(stage -> stage.key().equals("PROPOSAL"));
        List<MappingRequest.Line> leftOut = current.mapping().lines().stream()
                .filter(line -> !"PROPOSAL".equals(line.target().stageKey()))
                .map(line -> new MappingRequest.Line(line.statusId(), line.target().stageKey(),
                        line.target().isOpenStage() ? null : line.target().outcome().name()))
                .toList();

        assertThatThrownBy(() -> editor.replace(current, new PipelineEdit("Acme sales", "USD", stages, leftOut, null, null)))
                .isInstanceOfSatisfying(ConfirmationNeededException.class, asked -> {
                    assertThat(asked.lines()).extracting(Problem::field).containsExactly("removedStages.PROPOSAL");
                    assertThat(english(asked.lines().get(0).message())).contains("7 open deals", "23 logged stays", "(Proposal)");
                    assertThat(asked.removedStages()).containsExactly(new ConfirmationNeededException.RemovedStageQuestion(
                            "PROPOSAL", "Proposal", 7, 23, List.of("Proposal")));
                });
        assertThat(saved).isEmpty();

        PipelineConfig moved = editor.replace(current, new PipelineEdit("Acme sales", "USD", stages, leftOut, null, null,
                Map.of("PROPOSAL", new PipelineEdit.RemovedStage("NEGOTIATION")), null));
        assertThat(moved.mapping().lookup("Proposal")).contains(org.salespipeline.pipeline.StageRef.stage("NEGOTIATION"));
        assertThat(saved.get("ACME")).isEqualTo(moved);

        PipelineConfig unmapped = editor.replace(current, new PipelineEdit("Acme sales", "USD", stages, leftOut, null, null,
                Map.of("PROPOSAL", new PipelineEdit.RemovedStage(null)), null));
        assertThat(unmapped.mapping().lookup("Proposal")).isEmpty();
    }

    private List<PipelineEdit.StageEdit> withFirst(PipelineEdit.StageEdit first) {
        List<PipelineEdit.StageEdit> stages = stagesOf(current);
        stages.set(0, first);
        return stages;
    }

    private static PipelineEdit withMapping(List<MappingRequest.Line> mapping, Boolean confirm) {
        return new PipelineEdit("Acme sales", "USD", stagesOf(PipelineConfig.fromTemplate(PipelineTemplate.SIX_STAGE, "ACME",
                "Acme sales", "USD")), mapping, null, null, null, confirm);
    }

    private static List<PipelineEdit.StageEdit> stagesOf(PipelineConfig config) {
        return new ArrayList<>(config.pipeline().stages().stream().map(s -> new PipelineEdit.StageEdit(s.key(), s.name(),
                s.probability(), s.rotDays(), s.guidance(), s.exitCriteria())).toList());
    }

    private static PipelineEdit edit(List<PipelineEdit.StageEdit> stages, PipelineEdit.PolicyEdit policy,
            Map<String, List<PipelineEdit.ItemEdit>> checklists) {
        Map<String, PipelineEdit.ChecklistEdit> lists = null;
        if (checklists != null) {
            lists = new LinkedHashMap<>();
            for (Map.Entry<String, List<PipelineEdit.ItemEdit>> entry : checklists.entrySet()) {
                lists.put(entry.getKey(), new PipelineEdit.ChecklistEdit(entry.getValue()));
            }
        }
        return new PipelineEdit("Acme sales", "USD", stages, null, policy, lists);
    }

    private PipelineDirectory directory() {
        return new PipelineDirectory() {
            @Override
            public Optional<PipelineConfig> find(String projectKey) {
                return Optional.ofNullable(saved.getOrDefault(projectKey, projectKey.equals("ACME") ? current : null));
            }

            @Override
            public List<PipelineConfig> all() {
                return List.copyOf(saved.values());
            }

            @Override
            public void save(PipelineConfig config) {
                saved.put(config.projectKey(), config);
            }

            @Override
            public void delete(String projectKey) {
                saved.remove(projectKey);
            }
        };
    }

    /** The project's workflow: the statuses the test puts in {@link #workflow}. */
    private ProjectStatuses statuses() {
        return new ProjectStatuses() {
            @Override
            public List<Project> projects() {
                return List.of(new Project("ACME", "Acme"));
            }

            @Override
            public List<Status> statuses(String projectKey) {
                return List.copyOf(workflow);
            }
        };
    }

    /** A stage log that notes which projects were derived again and answers what the test says each stage holds. */
    private StageLog stageLog() {
        return (StageLog) Proxy.newProxyInstance(StageLog.class.getClassLoader(), new Class<?>[] {StageLog.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("rederive")) {
                        rederived.add((String) args[0]);
                        return 0;
                    }
                    if (method.getName().equals("holdings")) {
                        return holdings.getOrDefault((String) args[1], new StageHoldings(0, 0));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
