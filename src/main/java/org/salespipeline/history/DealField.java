package org.salespipeline.history;

import java.time.LocalDate;

/**
 * The deal fields whose history the stage log keeps beside status changes, each with the name history files and the
 * REST API give it and the canonical text its values are kept in: a plain decimal for the amount, an ISO date for
 * the expected close date.
 */
public enum DealField {

    AMOUNT("amount"),
    CLOSE_DATE("closeDate");

    private final String argument;

    DealField(String argument) {
        this.argument = argument;
    }

    /** The field's name in history files and the API. */
    public String argument() {
        return argument;
    }

    /** Reads a field name back; an unknown one is refused with the known ones. */
    public static DealField fromArgument(String argument) {
        for (DealField field : values()) {
            if (field.argument.equals(argument)) {
                return field;
            }
        }
        throw new IllegalArgumentException("Unknown deal field '" + argument + "'; expected amount or closeDate");
    }

    /** An amount as kept: a plain decimal without exponent or trailing zeros; null stays null. */
    public static String amount(Double value) {
        return value == null ? null : new java.math.BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }

    public static Double amount(String kept) {
        return kept == null ? null : Double.valueOf(kept);
    }

    /** A close date as kept: its ISO text; null stays null. */
    public static String closeDate(LocalDate value) {
        return value == null ? null : value.toString();
    }

    public static LocalDate closeDate(String kept) {
        return kept == null ? null : LocalDate.parse(kept);
    }
}
