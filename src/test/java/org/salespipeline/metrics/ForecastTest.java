package org.salespipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salespipeline.history.HistoryFixtures.SEVEN;
import static org.salespipeline.history.HistoryFixtures.day;
import static org.salespipeline.metrics.DealBuilder.deal;
import static org.salespipeline.metrics.DealBuilder.metrics;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Forecast by close month")
class ForecastTest {

    private static final LocalDate FEBRUARY = LocalDate.parse("2026-02-01");
    private static final LocalDate APRIL = LocalDate.parse("2026-04-01");

    /** Day 40 is 10 February 2026. */
    private final ReferenceMetrics metrics = metrics(
            deal("ACME-1").amount(1000.0).closes("2026-02-15").move(0, "Proposal"),
            deal("ACME-2").amount(2000.0).closes("2026-02-28").move(0, "Negotiation"),
            deal("ACME-4").closes("2026-03-01").move(0, "Prospecting"),
            deal("ACME-5").amount(900.0).closes("2026-04-01").move(0, "Proposal"),
            deal("ACME-6").amount(900.0).closes("2026-03-10").move(0, "Proposal").move(30, "Closed Won"),
            deal("ACME-7").amount(500.0).closes("2026-02-09").move(0, "Proposal"),
            deal("ACME-12").amount(300.0).closes("2026-01-20").owner("bob").move(0, "Qualification"),
            deal("ACME-8").amount(100.0).closes("2026-02-10").move(0, "Proposal"),
            deal("ACME-9").amount(100.0).move(0, "Proposal"),
            deal("ACME-3").amount(50.0).closes("2026-01-20").move(0, "Proposal"));

    @Test
    @DisplayName("groups open deals by the calendar month of their close date in [from, to)")
    void months() {
        Forecast forecast = metrics.forecast(SEVEN, FEBRUARY, APRIL, day(40), OwnerFilter.any(), DealVisibility.everything());

        assertThat(forecast.months()).containsExactly(
                new ForecastMonth(YearMonth.of(2026, 2), 4, 3600, 2200),
                new ForecastMonth(YearMonth.of(2026, 3), 1, 0, 0));
    }

    @Test
    @DisplayName("lists open deals whose close date is before today, by close date then issue number")
    void slipped() {
        Forecast forecast = metrics.forecast(SEVEN, FEBRUARY, APRIL, day(40), OwnerFilter.any(), DealVisibility.everything());

        assertThat(forecast.slipped()).extracting(SlippedDeal::issueKey).containsExactly("ACME-3", "ACME-12", "ACME-7");
        assertThat(forecast.slipped().get(1)).isEqualTo(
                new SlippedDeal("ACME-12", "Deal ACME-12", LocalDate.parse("2026-01-20"), 300.0, "QUALIFICATION"));
    }

    @Test
    @DisplayName("visibility hides slipped deals but the monthly figures still count them")
    void visibility() {
        Forecast forecast = metrics.forecast(SEVEN, FEBRUARY, APRIL, day(40), OwnerFilter.any(), key -> !key.equals("ACME-7"));

        assertThat(forecast.slipped()).extracting(SlippedDeal::issueKey).containsExactly("ACME-3", "ACME-12");
        assertThat(forecast.months().get(0).deals()).isEqualTo(4);
    }

    @Test
    @DisplayName("the owner filter applies to months and slipped deals alike")
    void ownerFilter() {
        Forecast forecast = metrics.forecast(SEVEN, FEBRUARY, APRIL, day(40), OwnerFilter.of("bob"), DealVisibility.everything());

        assertThat(forecast.months()).isEmpty();
        assertThat(forecast.slipped()).extracting(SlippedDeal::issueKey).containsExactly("ACME-12");
    }

    @Test
    @DisplayName("an empty or reversed date range is refused")
    void badRange() {
        assertThatThrownBy(() -> metrics.forecast(SEVEN, APRIL, APRIL, day(40), OwnerFilter.any(), DealVisibility.everything()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
