package org.salespipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.salespipeline.history.HistoryFixtures.SEVEN;
import static org.salespipeline.history.HistoryFixtures.day;
import static org.salespipeline.metrics.DealBuilder.deal;
import static org.salespipeline.metrics.DealBuilder.metrics;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Closed deals and sales velocity")
class ClosedDealsAndVelocityTest {

    private static final Window FIRST_TEN_DAYS = new Window(day(0), day(10));

    private final ReferenceMetrics metrics = metrics(
            deal("ACME-1").created(1).amount(1000.0).move(1, "Prospecting").move(5, "Closed Won"),
            deal("ACME-2").created(0).amount(9000.0)
                    .move(0, "Proposal").move(3, "Closed Lost").move(20, "Closed Won"),
            deal("ACME-3").created(0).move(0, "Proposal").move(6, "Closed Lost", "price"),
            deal("ACME-4").created(2).owner("bob").move(2, "Prospecting").move(8, "Closed Won"),
            deal("ACME-5").created(0).amount(3000.0).move(0, "Proposal").move(9.5, "Closed Won"),
            deal("ACME-6").created(4).move(4, "Closed Lost"),
            deal("ACME-7").created(0).move(0, "Qualification").move(3, "Disqualified", "no budget"),
            deal("ACME-8").created(0).amount(50_000.0).move(0, "Closing").move(10, "Closed Won"),
            deal("ACME-9").created(3).move(3, "Prospecting").move(4, "Backlog"),
            deal("ACME-10").created(10).move(10, "Prospecting"));

    @Test
    @DisplayName("counts won and lost by outcome instant in [from, to) and leaves disqualified deals out")
    void closed() {
        ClosedDeals closed = metrics.closed(SEVEN, FIRST_TEN_DAYS, OwnerFilter.any());

        assertThat(closed.won()).isEqualTo(3);
        assertThat(closed.lost()).isEqualTo(2);
        assertThat(closed.winRate()).isEqualTo(0.6);
    }

    @Test
    @DisplayName("averages the won amounts that exist and the days from creation to first WON")
    void averages() {
        ClosedDeals closed = metrics.closed(SEVEN, FIRST_TEN_DAYS, OwnerFilter.any());

        assertThat(closed.averageDealSize()).isEqualTo(2000.0);
        assertThat(closed.salesCycleDays()).isCloseTo((4 + 6 + 9.5) / 3, within(1e-9));
    }

    @Test
    @DisplayName("a lost deal later won counts as won at its WON instant, so it drops out of the earlier window")
    void laterWon() {
        ClosedDeals closed = metrics.closed(SEVEN, new Window(day(20), day(21)), OwnerFilter.any());

        assertThat(closed.won()).isEqualTo(1);
        assertThat(closed.lost()).isZero();
        assertThat(closed.averageDealSize()).isEqualTo(9000.0);
    }

    @Test
    @DisplayName("with nothing closed, rate, size and cycle are null")
    void nothingClosed() {
        assertThat(metrics.closed(SEVEN, new Window(day(50), day(60)), OwnerFilter.any()))
                .isEqualTo(new ClosedDeals(0, 0, null, null, null));
    }

    @Test
    @DisplayName("velocity multiplies open deals at the window end, average size and win rate, divided by the cycle")
    void velocity() {
        Velocity velocity = metrics.velocity(SEVEN, FIRST_TEN_DAYS, OwnerFilter.any());

        assertThat(velocity.openDeals()).isEqualTo(2);
        assertThat(velocity.won()).isEqualTo(3);
        assertThat(velocity.lost()).isEqualTo(2);
        assertThat(velocity.velocityPerDay()).isCloseTo(2 * 2000 * 0.6 / 6.5, within(1e-9));
    }

    @Test
    @DisplayName("velocity is null when the window has no won deal with an amount")
    void velocityWithoutAmounts() {
        Velocity velocity = metrics.velocity(SEVEN, FIRST_TEN_DAYS, OwnerFilter.of("bob"));

        assertThat(velocity.won()).isEqualTo(1);
        assertThat(velocity.averageDealSize()).isNull();
        assertThat(velocity.velocityPerDay()).isNull();
    }

    @Test
    @DisplayName("velocity is null when the sales cycle is 0 days")
    void zeroCycle() {
        ReferenceMetrics instant = metrics(
                deal("ACME-1").created(1).amount(100.0).move(1, "Closed Won"),
                deal("ACME-2").created(1).move(1, "Proposal"));

        Velocity velocity = instant.velocity(SEVEN, FIRST_TEN_DAYS, OwnerFilter.any());

        assertThat(velocity.salesCycleDays()).isZero();
        assertThat(velocity.openDeals()).isEqualTo(1);
        assertThat(velocity.velocityPerDay()).isNull();
    }
}
