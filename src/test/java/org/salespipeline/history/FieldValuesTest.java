package org.salespipeline.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading amounts and close dates from Jira's change history")
class FieldValuesTest {

    @Test
    @DisplayName("an amount is read from the raw value first, then from a plain decimal as shown, in canonical form")
    void amounts() {
        assertThat(FieldValues.read(DealField.AMOUNT, "12000.0", "12,000")).contains(Optional.of("12000"));
        assertThat(FieldValues.read(DealField.AMOUNT, null, "15000.50")).contains(Optional.of("15000.5"));
        assertThat(FieldValues.read(DealField.AMOUNT, null, "1.5E4")).contains(Optional.of("15000"));
    }

    @Test
    @DisplayName("an amount shown with grouping or a decimal comma is not read")
    void localeDependentAmounts() {
        assertThat(FieldValues.read(DealField.AMOUNT, null, "12,000")).isEmpty();
        assertThat(FieldValues.read(DealField.AMOUNT, null, "12.000,50")).isEmpty();
        assertThat(FieldValues.read(DealField.AMOUNT, "", "€ 5")).isEmpty();
    }

    @Test
    @DisplayName("a close date is read from an ISO day or timestamp, never from a localised date")
    void closeDates() {
        assertThat(FieldValues.read(DealField.CLOSE_DATE, "2026-03-10", "10/Mar/26")).contains(Optional.of("2026-03-10"));
        assertThat(FieldValues.read(DealField.CLOSE_DATE, "2026-03-10 00:00:00.0", null)).contains(Optional.of("2026-03-10"));
        assertThat(FieldValues.read(DealField.CLOSE_DATE, null, "2026-04-01")).contains(Optional.of("2026-04-01"));
        assertThat(FieldValues.read(DealField.CLOSE_DATE, null, "10/Mar/26")).isEmpty();
        assertThat(FieldValues.read(DealField.CLOSE_DATE, "2026-02-30", null)).isEmpty();
    }

    @Test
    @DisplayName("an empty value is the field cleared")
    void empty() {
        assertThat(FieldValues.read(DealField.AMOUNT, null, " ")).contains(Optional.empty());
        assertThat(FieldValues.read(DealField.CLOSE_DATE, "", null)).contains(Optional.empty());
    }
}
