package org.salespipeline.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount or an expected close date from Jira's change history into the stage log's canonical text. Jira
 * keeps a raw value for some fields and only the value as shown for others: the raw value is read first, then the
 * shown one where it is written the same in every locale (a plain decimal, an ISO date). A value neither gives is
 * not read (empty); an empty value is the field cleared (null).
 */
public final class FieldValues {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final Pattern ISO_DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private FieldValues() {
    }

    /** The value as kept, null for empty; empty when it cannot be read. */
    public static Optional<Optional<String>> read(DealField field, String raw, String shown) {
        if (blank(raw) && blank(shown)) {
            return Optional.of(Optional.empty());
        }
        Optional<String> value = parse(field, raw).or(() -> parse(field, shown));
        return value.map(Optional::of);
    }

    private static Optional<String> parse(DealField field, String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (field == DealField.AMOUNT) {
            return PLAIN_DECIMAL.matcher(trimmed).matches()
                    ? Optional.of(new BigDecimal(trimmed).stripTrailingZeros().toPlainString()) : Optional.empty();
        }
        // A date picker's raw value is an ISO day, sometimes written as a timestamp at midnight.
        String day = trimmed.length() > 10 && (trimmed.charAt(10) == ' ' || trimmed.charAt(10) == 'T')
                ? trimmed.substring(0, 10) : trimmed;
        if (!ISO_DAY.matcher(day).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(day).toString());
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
