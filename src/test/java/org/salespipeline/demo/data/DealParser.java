package org.salespipeline.demo.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.salespipeline.history.DealField;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.StatusChange;

/**
 * Reads and checks one deal object of a history file; what needs the whole file (its project's pipeline, other deals'
 * keys) is checked afterwards with the lines kept here.
 */
final class DealParser {

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,17}");
    private static final Set<String> FIELDS =
            Set.of("key", "summary", "created", "amount", "owner", "closeDate", "history");
    private static final Set<String> ENTRY_FIELDS = Set.of("at", "status", "reason");
    private static final Set<String> FIELD_ENTRY_FIELDS = Set.of("at", "field", "from", "to");

    /**
     * What was read of one deal.
     *
     * @param key the issue key when it is well formed, else null
     * @param deal null when the deal has problems of its own
     * @param statuses each history entry's status, null where it has none
     * @param statusLines the line of each history entry's status
     */
    record ParsedDeal(String key, int keyLine, DealSpec deal, String[] statuses, int[] statusLines) {
    }

    private final List<HistoryFileProblem> problems;
    private final String subject;
    private final ObjectFields fields;

    private DealParser(JsonValue deal, List<HistoryFileProblem> problems) {
        JsonValue key = deal.fields().get("key");
        this.problems = problems;
        this.subject = key != null && key.value() instanceof String text ? "deal " + text : null;
        this.fields = new ObjectFields(deal, subject, problems);
    }

    static ParsedDeal parse(JsonValue value, long issueId, List<HistoryFileProblem> problems) {
        if (!value.isObject()) {
            problems.add(new HistoryFileProblem(value.line(), null, "a deal must be an object, not " + value.kind()));
            return new ParsedDeal(null, value.line(), null, new String[0], new int[0]);
        }
        return new DealParser(value, problems).read(issueId);
    }

    private ParsedDeal read(long issueId) {
        int before = problems.size();
        fields.rejectUnknown(FIELDS);
        String key = fields.text("key", true);
        if (key != null && !ISSUE_KEY.matcher(key).matches()) {
            fields.problem(fields.lineOf("key"), "key \"" + key + "\" is not an issue key such as ACME-1");
            key = null;
        }
        String summary = fields.text("summary", true);
        Instant created = fields.instant("created");
        Double amount = fields.number("amount");
        if (amount != null && amount < 0) {
            fields.problem(fields.lineOf("amount"), "amount " + plain(amount) + " is negative");
        }
        String owner = fields.text("owner", false);
        LocalDate closeDate = fields.date("closeDate");
        List<JsonValue> entries = fields.array("history");
        String[] statuses = new String[entries == null ? 0 : entries.size()];
        int[] statusLines = new int[statuses.length];
        List<FieldChange> fieldChanges = new ArrayList<>();
        List<JsonValue> statusEntries = new ArrayList<>();
        List<StatusChange> history = entries == null ? List.of()
                : readHistory(entries, statuses, statusLines, statusEntries, fieldChanges);
        if (entries != null) {
            checkTimes(entries, created);
            checkFirstStatus(statusEntries, created, history);
            checkLastValues(fieldChanges, amount, closeDate);
        }
        DealSpec deal = problems.size() > before ? null
                : new DealSpec(issueId, key, summary, created, amount, owner, closeDate, history, fieldChanges);
        return new ParsedDeal(key, fields.lineOf("key"), deal, statuses, statusLines);
    }

    /**
     * The history's status changes, null for each status entry that has problems; field entries ({@code "field"}:
     * amount or closeDate, with {@code "from"} and {@code "to"}) go to the field changes.
     */
    private List<StatusChange> readHistory(List<JsonValue> entries, String[] statuses, int[] statusLines,
            List<JsonValue> statusEntries, List<FieldChange> fieldChanges) {
        if (entries.isEmpty()) {
            fields.problem(fields.lineOf("history"), "history is empty; its first entry must be the status the deal"
                    + " was created in");
        }
        List<StatusChange> history = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            JsonValue entry = entries.get(i);
            statusLines[i] = entry.line();
            if (!entry.isObject()) {
                fields.problem(entry.line(), "a history entry must be an object, not " + entry.kind());
                history.add(null);
                statusEntries.add(entry);
                continue;
            }
            ObjectFields entryFields = new ObjectFields(entry, subject, problems);
            if (entry.fields().containsKey("field")) {
                readFieldChange(entryFields, fieldChanges);
                continue;
            }
            entryFields.rejectUnknown(ENTRY_FIELDS);
            Instant at = entryFields.instant("at");
            String status = entryFields.text("status", true);
            statuses[i] = status;
            String reason = entryFields.text("reason", false);
            statusLines[i] = entryFields.lineOf("status");
            history.add(at == null || status == null ? null : new StatusChange(at, status, reason));
            statusEntries.add(entry);
        }
        return history;
    }

    private void readFieldChange(ObjectFields entry, List<FieldChange> fieldChanges) {
        entry.rejectUnknown(FIELD_ENTRY_FIELDS);
        Instant at = entry.instant("at");
        String name = entry.text("field", true);
        DealField field;
        try {
            field = name == null ? null : DealField.fromArgument(name);
        } catch (IllegalArgumentException unknown) {
            entry.problem(entry.lineOf("field"), "field \"" + name + "\" is not amount or closeDate");
            return;
        }
        if (field == DealField.AMOUNT) {
            Double from = entry.number("from");
            Double to = entry.number("to");
            if (at != null) {
                fieldChanges.add(FieldChange.amount(at, from, to));
            }
        } else if (field == DealField.CLOSE_DATE) {
            LocalDate from = entry.date("from");
            LocalDate to = entry.date("to");
            if (at != null) {
                fieldChanges.add(FieldChange.closeDate(at, from, to));
            }
        }
    }

    /** Every entry, status or field, must come at or after the one before it. */
    private void checkTimes(List<JsonValue> entries, Instant created) {
        Instant previous = null;
        for (JsonValue entry : entries) {
            JsonValue at = entry.isObject() ? entry.fields().get("at") : null;
            Instant instant = at != null && at.value() instanceof String text ? parseOrNull(text) : null;
            if (instant == null) {
                continue;
            }
            if (previous != null && instant.isBefore(previous)) {
                fields.problem(at.line(), "history entry at " + instant + " is before the entry before it, at " + previous
                        + "; entries must be in time order");
            } else if (created != null && instant.isBefore(created)) {
                fields.problem(at.line(), "history entry at " + instant + " is before the deal was created, at " + created);
            }
            previous = instant;
        }
    }

    private void checkFirstStatus(List<JsonValue> statusEntries, Instant created, List<StatusChange> history) {
        StatusChange first = history.isEmpty() ? null : history.get(0);
        if (created != null && first != null && !first.at().equals(created)) {
            fields.problem(atLine(statusEntries.get(0)), "the first history entry is at " + first.at()
                    + ", not at created " + created + "; it must be the status the deal was created in");
        }
    }

    /** The last change of a field must set the deal's top-level (today's) value. */
    private void checkLastValues(List<FieldChange> changes, Double amount, LocalDate closeDate) {
        FieldChange lastAmount = null;
        FieldChange lastClose = null;
        for (FieldChange change : changes) {
            if (change.field() == DealField.AMOUNT) {
                lastAmount = change;
            } else {
                lastClose = change;
            }
        }
        if (lastAmount != null && !java.util.Objects.equals(DealField.amount(lastAmount.to()), amount)) {
            fields.problem(fields.lineOf("amount"),
                    "the last amount change sets " + lastAmount.to() + ", but amount is "
                            + (amount == null ? "not set" : plain(amount)) + "; they must agree");
        }
        if (lastClose != null && !java.util.Objects.equals(DealField.closeDate(lastClose.to()), closeDate)) {
            fields.problem(fields.lineOf("closeDate"),
                    "the last closeDate change sets " + lastClose.to() + ", but closeDate is "
                            + (closeDate == null ? "not set" : closeDate) + "; they must agree");
        }
    }

    private static Instant parseOrNull(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static int atLine(JsonValue entry) {
        JsonValue at = entry.fields().get("at");
        return at == null ? entry.line() : at.line();
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
