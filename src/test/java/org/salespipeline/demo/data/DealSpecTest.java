package org.salespipeline.demo.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.StatusChange;
import org.salespipeline.metrics.DealRecord;

@DisplayName("A deal of a history file")
class DealSpecTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
    private static final LocalDate CLOSE = LocalDate.parse("2026-03-31");

    private final List<StatusChange> history = List.of(new StatusChange(CREATED, "Prospecting"),
            new StatusChange(CREATED.plusSeconds(3600), "Closed Lost", "Price"),
            new StatusChange(CREATED.plusSeconds(3600), "Qualification"));
    private final DealSpec deal =
            new DealSpec(7, "NEW_CO-12", "Globex renewal", CREATED, 12000.0, "admin", CLOSE, history);

    @Test
    @DisplayName("belongs to the project its key names")
    void projectKey() {
        assertThat(deal.projectKey()).isEqualTo("NEW_CO");
    }

    @Test
    @DisplayName("gives the facts the stage log keeps")
    void facts() {
        assertThat(deal.toFacts())
                .isEqualTo(new DealFacts(7, "NEW_CO-12", "Globex renewal", CREATED, 12000.0, "admin", CLOSE));
    }

    @Test
    @DisplayName("gives the record the reference metrics read")
    void record() {
        assertThat(deal.toRecord())
                .isEqualTo(new DealRecord("NEW_CO-12", "Globex renewal", CREATED, 12000.0, "admin", CLOSE, history));
    }

    @Test
    @DisplayName("gives its changes identified by issue, instant and status and ordered by their place in the history")
    void changes() {
        assertThat(deal.toChanges().facts()).isEqualTo(deal.toFacts());
        assertThat(deal.toChanges().changes()).containsExactly(
                LoggedChange.ofInstant(7, 0, history.get(0)),
                LoggedChange.ofInstant(7, 1, history.get(1)),
                LoggedChange.ofInstant(7, 2, history.get(2)));
    }
}
