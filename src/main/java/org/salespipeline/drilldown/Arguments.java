package org.salespipeline.drilldown;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.salespipeline.metrics.DealSelection;
import org.salespipeline.metrics.Instants;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;

/** A function's arguments read against its project's pipeline, collecting a message for each one that is wrong. */
final class Arguments {

    private final DrillDownFunction function;
    private final Pipeline pipeline;
    private final List<String> values;
    private final Instant now;
    private final List<Message> messages = new ArrayList<>();

    Arguments(DrillDownFunction function, Pipeline pipeline, List<String> values, Instant now) {
        this.function = function;
        this.pipeline = pipeline;
        this.values = List.copyOf(values);
        this.now = now;
    }

    Instant now() {
        return now;
    }

    int size() {
        return values.size();
    }

    boolean failed() {
        return !messages.isEmpty();
    }

    List<Message> messages() {
        return List.copyOf(messages);
    }

    /** An open stage by key, or by name, either in any case. */
    String openStage(int index) {
        Optional<Stage> stage = stage(values.get(index));
        if (stage.isEmpty()) {
            add("sales-pipeline.jql.stage", values.get(index), pipeline.projectKey(), stageChoices());
            return null;
        }
        return stage.get().key();
    }

    /** The funnel position an argument names: an open stage's, or the won position for WON. */
    int reachedPosition(int index) {
        String text = values.get(index);
        if (text.trim().equalsIgnoreCase(Outcome.WON.name())) {
            return pipeline.wonPosition();
        }
        Optional<Stage> stage = stage(text);
        if (stage.isEmpty()) {
            add("sales-pipeline.jql.stage", text, pipeline.projectKey(), stageChoices() + ", " + Outcome.WON.name());
            return 0;
        }
        return pipeline.positionOf(stage.get().key()).orElseThrow();
    }

    Instant instant(int index) {
        Optional<Instant> instant = Instants.parse(values.get(index).trim());
        if (instant.isEmpty()) {
            add("sales-pipeline.jql.instant", values.get(index));
            return null;
        }
        return instant.get();
    }

    /** The instant at the index, or the fallback when the function was called without it. */
    Instant instantOr(int index, Instant fallback) {
        return index < values.size() ? instant(index) : fallback;
    }

    /** [from, to) from two instants; from must come before to. */
    Window window(int fromIndex, int toIndex) {
        Instant from = instant(fromIndex);
        Instant to = instant(toIndex);
        if (from == null || to == null) {
            return null;
        }
        if (!from.isBefore(to)) {
            add("sales-pipeline.jql.window", values.get(fromIndex), values.get(toIndex));
            return null;
        }
        return new Window(from, to);
    }

    Outcome outcome(int index) {
        String text = values.get(index).trim().toUpperCase(Locale.ROOT);
        for (Outcome outcome : Outcome.values()) {
            if (outcome.name().equals(text)) {
                return outcome;
            }
        }
        add("sales-pipeline.jql.outcome", values.get(index));
        return null;
    }

    /** Any reason when the argument is absent; deals recorded without a reason for an empty one. */
    DealSelection.Reason reason(int index) {
        if (index >= values.size()) {
            return DealSelection.Reason.any();
        }
        String reason = values.get(index);
        return reason.isEmpty() ? DealSelection.Reason.none() : DealSelection.Reason.of(reason);
    }

    YearMonth month(int index) {
        try {
            return YearMonth.parse(values.get(index).trim());
        } catch (DateTimeParseException e) {
            add("sales-pipeline.jql.month", values.get(index));
            return null;
        }
    }

    /** Close dates [from, to) as plain dates; from must come before to. */
    LocalDate[] dates(int fromIndex, int toIndex) {
        LocalDate from = date(fromIndex);
        LocalDate to = date(toIndex);
        if (from == null || to == null) {
            return null;
        }
        if (!from.isBefore(to)) {
            add("sales-pipeline.jql.window", values.get(fromIndex), values.get(toIndex));
            return null;
        }
        return new LocalDate[] {from, to};
    }

    void monthOutside(YearMonth month, LocalDate[] window) {
        add("sales-pipeline.jql.month.outside", month.toString(), window[0].toString(), window[1].toString());
    }

    /** Records that the function was called with a number of arguments it does not take. */
    void wrongCount() {
        add(function.usageKey());
    }

    private LocalDate date(int index) {
        try {
            return LocalDate.parse(values.get(index).trim());
        } catch (DateTimeParseException e) {
            add("sales-pipeline.jql.date", values.get(index));
            return null;
        }
    }

    private Optional<Stage> stage(String text) {
        String wanted = text.trim();
        Optional<Stage> byKey = pipeline.stages().stream().filter(s -> s.key().equalsIgnoreCase(wanted)).findFirst();
        return byKey.isPresent() ? byKey
                : pipeline.stages().stream().filter(s -> s.name().trim().equalsIgnoreCase(wanted)).findFirst();
    }

    private String stageChoices() {
        return pipeline.stages().stream().map(Stage::key).collect(Collectors.joining(", "));
    }

    /** A message whose first argument is the function's name. */
    private void add(String key, String... arguments) {
        List<String> all = new ArrayList<>();
        all.add(function.functionName());
        all.addAll(List.of(arguments));
        messages.add(new Message(key, all));
    }
}
