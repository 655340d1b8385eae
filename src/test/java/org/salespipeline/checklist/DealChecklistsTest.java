package org.salespipeline.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;

@DisplayName("A deal's checklists")
class DealChecklistsTest {

    private static final Pipeline SEVEN = PipelineTemplate.SEVEN_STAGE.pipeline("ACME", "Sales", "EUR");
    private static final int NEGOTIATION = 6;
    private static final int CLOSING = 7;
    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    private static DealChecklists atPosition(int position) {
        return DealChecklists.forPosition(SEVEN, ChecklistTemplates.defaults(), position);
    }

    private static List<String> stageKeys(DealChecklists deal) {
        return deal.checklists().stream().map(Checklist::stageKey).toList();
    }

    @Test
    void givenDealBeforeNegotiation_thenItHasNoChecklists() {
        assertThat(atPosition(5).checklists()).isEmpty();
    }

    @Test
    void givenDealSkippingFromProposalToClosing_thenTheSkippedNegotiationChecklistExistsToo() {
        DealChecklists skipped = atPosition(5).reachPosition(SEVEN, ChecklistTemplates.defaults(), CLOSING);

        assertThat(stageKeys(skipped)).containsExactly("NEGOTIATION", "CLOSING");
    }

    @Test
    void givenTicksInNegotiation_whenDealReachesClosing_thenTheTicksAreKept() {
        DealChecklists ticked = atPosition(NEGOTIATION).tick("NEGOTIATION", "pricing-agreed", "ann", NOON, 0);

        DealChecklists later = ticked.reachPosition(SEVEN, ChecklistTemplates.defaults(), CLOSING);

        assertThat(later.checklist("NEGOTIATION").orElseThrow().isTicked("pricing-agreed")).isTrue();
        assertThat(stageKeys(later)).containsExactly("NEGOTIATION", "CLOSING");
    }

    @Test
    void givenAnItem_whenTicked_thenWhoWhenAndANewVersionAreRecorded() {
        Checklist negotiation = atPosition(NEGOTIATION).tick("NEGOTIATION", "legal-review-done", "ann", NOON, 0)
                .checklist("NEGOTIATION").orElseThrow();

        assertThat(negotiation.mark("legal-review-done")).contains(new ItemMark(true, "ann", NOON));
        assertThat(negotiation.version()).isEqualTo(1);
    }

    @Test
    void givenATickedItem_whenUnticked_thenItIsOpenAgainWithTheUntickerRecorded() {
        Instant later = NOON.plusSeconds(60);
        Checklist negotiation = atPosition(NEGOTIATION)
                .tick("NEGOTIATION", "legal-review-done", "ann", NOON, 0)
                .untick("NEGOTIATION", "legal-review-done", "bob", later, 1)
                .checklist("NEGOTIATION").orElseThrow();

        assertThat(negotiation.isTicked("legal-review-done")).isFalse();
        assertThat(negotiation.mark("legal-review-done")).contains(new ItemMark(false, "bob", later));
        assertThat(negotiation.version()).isEqualTo(2);
    }

    @Test
    void givenTwoUsersReadingVersion0_whenBothTick_thenTheSecondIsRefusedAndNothingChanges() {
        DealChecklists first = atPosition(NEGOTIATION).tick("NEGOTIATION", "pricing-agreed", "ann", NOON, 0);

        assertThatThrownBy(() -> first.tick("NEGOTIATION", "legal-review-done", "bob", NOON, 0))
                .isInstanceOf(StaleChecklistVersionException.class)
                .satisfies(e -> {
                    StaleChecklistVersionException stale = (StaleChecklistVersionException) e;
                    assertThat(stale.stageKey()).isEqualTo("NEGOTIATION");
                    assertThat(stale.expectedVersion()).isZero();
                    assertThat(stale.actualVersion()).isEqualTo(1);
                });
        Checklist unchanged = first.checklist("NEGOTIATION").orElseThrow();
        assertThat(unchanged.isTicked("legal-review-done")).isFalse();
        assertThat(unchanged.version()).isEqualTo(1);
    }

    @Test
    void givenAnUnknownItemOrStage_whenTicking_thenTheTickIsRefused() {
        DealChecklists deal = atPosition(NEGOTIATION);

        assertThatThrownBy(() -> deal.tick("NEGOTIATION", "no-such-item", "ann", NOON, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-item");
        assertThatThrownBy(() -> deal.tick("CLOSING", "contract-signed", "ann", NOON, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLOSING");
    }
}
