package org.salespipeline.demo.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to the fields of one JSON object of a history file; a missing, mistyped or malformed field is
 * recorded as a problem at its line and read as null, so that one pass finds every problem.
 */
final class ObjectFields {

    private final JsonValue object;
    private final String subject;
    private final List<HistoryFileProblem> problems;

    ObjectFields(JsonValue object, String subject, List<HistoryFileProblem> problems) {
        this.object = object;
        this.subject = subject;
        this.problems = problems;
    }

    /** The line of a field's value, or of the object itself when the field is absent. */
    int lineOf(String name) {
        JsonValue value = object.fields().get(name);
        return value == null ? object.line() : value.line();
    }

    void problem(int line, String message) {
        problems.add(new HistoryFileProblem(line, subject, message));
    }

    /** Records every field whose name is not among the known ones, so that a misspelt optional field is not lost. */
    void rejectUnknown(Set<String> known) {
        for (Map.Entry<String, JsonValue> field : object.fields().entrySet()) {
            if (!known.contains(field.getKey())) {
                problem(field.getValue().line(), "unknown field \"" + field.getKey() + "\"");
            }
        }
    }

    String text(String name, boolean required) {
        JsonValue value = present(name, required);
        if (value == null) {
            return null;
        }
        if (value.value() instanceof String text) {
            return text;
        }
        problem(value.line(), "\"" + name + "\" must be text, not " + value.kind());
        return null;
    }

    Double number(String name) {
        JsonValue value = present(name, false);
        if (value == null) {
            return null;
        }
        if (value.value() instanceof Double number) {
            return number;
        }
        problem(value.line(), "\"" + name + "\" must be a number, not " + value.kind());
        return null;
    }

    Instant instant(String name) {
        return parsed(name, true, Instant::parse, "an instant such as 2026-01-05T09:00:00Z");
    }

    LocalDate date(String name) {
        return parsed(name, false, LocalDate::parse, "a date such as 2026-03-31");
    }

    List<JsonValue> array(String name) {
        JsonValue value = present(name, true);
        if (value == null) {
            return null;
        }
        if (value.value() instanceof List) {
            return value.elements();
        }
        problem(value.line(), "\"" + name + "\" must be an array, not " + value.kind());
        return null;
    }

    private <T> T parsed(String name, boolean required, Function<String, T> parser, String expected) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            problem(lineOf(name), name + " \"" + text + "\" is not " + expected);
            return null;
        }
    }

    // JSON null counts as absent, so writing "owner": null is the same as leaving the owner out.
    private JsonValue present(String name, boolean required) {
        JsonValue value = object.fields().get(name);
        if (value != null && !value.isNull()) {
            return value;
        }
        if (required) {
            problem(object.line(), "missing field \"" + name + "\"");
        }
        return null;
    }
}
