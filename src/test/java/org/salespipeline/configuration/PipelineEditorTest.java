package org.salespipeline.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.checklist.ChecklistItem;
import org.salespipeline.history.StageLog;
import org.salespipeline.pipeline.InvalidPipelineException;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.Stage;

/** How an admin's edit of a whole pipeline is checked, turned into a set-up and saved. */
class PipelineEditorTest {

    private final Map<String, PipelineConfig> saved = new HashMap<>();
    private final List<String> rederived = new ArrayList<>();
    private final PipelineEditor editor = new PipelineEditor(new PipelineSettings(directory(), stageLog()));
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
    @DisplayName("removing a stage that statuses still map to is refused for each such status, and nothing is saved")
    void removedStageStillMapped() {
        List<PipelineEdit.StageEdit> stages = stagesOf(current);
        stages.removeIf(stage -> stage.key().equals("PROPOSAL"));

        assertThatThrownBy(() -> editor.replace(current, edit(stages, null, null)))
                .isInstanceOfSatisfying(InvalidPipelineException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field).containsExactly("mapping[3].stage"));
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
                        .extracting(Problem::field, Problem::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
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

    /** A stage log that only notes which projects were derived again, the one call saving a set-up makes. */
    private StageLog stageLog() {
        return (StageLog) Proxy.newProxyInstance(StageLog.class.getClassLoader(), new Class<?>[] {StageLog.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("rederive")) {
                        rederived.add((String) args[0]);
                        return 0;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
