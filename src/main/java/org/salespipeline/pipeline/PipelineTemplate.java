package org.salespipeline.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The four shipped pipeline shapes, each a subset of the seven standard stages with their default numbers. */
public enum PipelineTemplate {
    SEVEN_STAGE("seven-stage", "PROSPECTING", "QUALIFICATION", "INITIAL_CONTACT", "NEEDS_ASSESSMENT", "PROPOSAL", "NEGOTIATION", "CLOSING"),
    SIX_STAGE("six-stage", "PROSPECTING", "QUALIFICATION", "NEEDS_ASSESSMENT", "PROPOSAL", "NEGOTIATION", "CLOSING"),
    FIVE_STAGE("five-stage", "PROSPECTING", "QUALIFICATION", "INITIAL_CONTACT", "PROPOSAL", "CLOSING"),
    FOUR_STAGE("four-stage", "PROSPECTING", "QUALIFICATION", "PROPOSAL", "CLOSING");

    private static final Map<String, Stage> STANDARD_STAGES = standardStages();

    private final String id;
    private final List<String> stageKeys;

    PipelineTemplate(String id, String... stageKeys) {
        this.id = id;
        this.stageKeys = List.of(stageKeys);
    }

    public String id() {
        return id;
    }

    public List<String> stageKeys() {
        return stageKeys;
    }

    /** Looks a template up by its id, such as {@code seven-stage}. */
    public static PipelineTemplate byId(String id) {
        return Arrays.stream(values())
                .filter(t -> t.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown pipeline template '" + id + "'; known templates: "
                        + ids()));
    }

    /** The ids of every template, in order, for messages: "seven-stage, six-stage, five-stage, four-stage". */
    public static String ids() {
        return Arrays.stream(values()).map(PipelineTemplate::id).collect(Collectors.joining(", "));
    }

    /** The template's stages with default probability, rot days, guidance and exit criteria. */
    public List<Stage> stages() {
        return stageKeys.stream().map(STANDARD_STAGES::get).collect(Collectors.toList());
    }

    /** Default workflow status names: one per stage, then Closed Won, Closed Lost and Disqualified. */
    public List<String> statusNames() {
        List<String> names = stages().stream().map(Stage::name).collect(Collectors.toCollection(ArrayList::new));
        for (Outcome outcome : Outcome.values()) {
            names.add(outcomeStatusName(outcome));
        }
        return names;
    }

    /** Maps the default status names to the template's stages and outcomes. */
    public StatusMapping defaultMapping() {
        List<MappedStatus> entries = new ArrayList<>();
        for (Stage stage : stages()) {
            entries.add(new MappedStatus(stage.name(), StageRef.stage(stage.key())));
        }
        for (Outcome outcome : Outcome.values()) {
            entries.add(new MappedStatus(outcomeStatusName(outcome), StageRef.outcome(outcome)));
        }
        return new StatusMapping(entries);
    }

    public Pipeline pipeline(String projectKey, String name, String currency) {
        return new Pipeline(projectKey, name, currency, stages());
    }

    private static String outcomeStatusName(Outcome outcome) {
        switch (outcome) {
            case WON:
                return "Closed Won";
            case LOST:
                return "Closed Lost";
            default:
                return "Disqualified";
        }
    }

    private static Map<String, Stage> standardStages() {
        return List.of(
                        standard("PROSPECTING", "Prospecting", 5, 14),
                        standard("QUALIFICATION", "Qualification", 10, 14),
                        standard("INITIAL_CONTACT", "Initial Contact", 20, 14),
                        standard("NEEDS_ASSESSMENT", "Needs Assessment", 30, 21),
                        standard("PROPOSAL", "Proposal", 50, 21),
                        standard("NEGOTIATION", "Negotiation", 70, 30),
                        standard("CLOSING", "Closing", 90, 14))
                .stream()
                .collect(Collectors.toMap(Stage::key, s -> s));
    }

    private static Stage standard(String key, String name, int probability, int rotDays) {
        Guidance guidance = Guidance.forStageKey(key).orElseThrow();
        return new Stage(key, name, probability, rotDays, guidance.advice(), guidance.exitCriteria());
    }
}
