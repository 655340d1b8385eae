package org.salespipeline.checklist;

import static org.salespipeline.text.BundleTexts.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;

@DisplayName("What blocks a deal from entering WON")
class WonBlockersTest {

    private static final Pipeline SEVEN = PipelineTemplate.SEVEN_STAGE.pipeline("ACME", "Sales", "EUR");
    private static final ChecklistTemplates TEMPLATES = ChecklistTemplates.defaults();
    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    private static DealChecklists tickAllRequired(DealChecklists deal) {
        for (Checklist checklist : deal.checklists()) {
            for (ChecklistItem item : checklist.openRequiredItems()) {
                long version = deal.checklist(checklist.stageKey()).orElseThrow().version();
                deal = deal.tick(checklist.stageKey(), item.id(), "ann", NOON, version);
            }
        }
        return deal;
    }

    @Test
    void givenDealInClosingWithEverythingRequiredTicked_thenNothingBlocksWon() {
        DealChecklists done = tickAllRequired(DealChecklists.forPosition(SEVEN, TEMPLATES, 7));

        assertThat(WonBlockers.evaluate(SEVEN, TEMPLATES, done).isEmpty()).isTrue();
    }

    @Test
    void givenDealInNegotiation_whenChecklistIncomplete_thenWonIsBlockedByEachOpenItemByName() {
        DealChecklists deal = DealChecklists.forPosition(SEVEN, TEMPLATES, 6)
                .tick("NEGOTIATION", "objections-answered", "ann", NOON, 0);

        WonBlockers blockers = WonBlockers.evaluate(SEVEN, TEMPLATES, deal);

        assertThat(blockers.openItems()).extracting(OpenItem::stageKey, OpenItem::itemId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NEGOTIATION", "pricing-agreed"),
                org.assertj.core.groups.Tuple.tuple("NEGOTIATION", "contract-terms-final"),
                org.assertj.core.groups.Tuple.tuple("NEGOTIATION", "legal-review-done"),
                org.assertj.core.groups.Tuple.tuple("NEGOTIATION", "decision-maker-sign-off"),
                org.assertj.core.groups.Tuple.tuple("CLOSING", "contract-signed"),
                org.assertj.core.groups.Tuple.tuple("CLOSING", "handover-scheduled"),
                org.assertj.core.groups.Tuple.tuple("CLOSING", "onboarding-contact-named"));
        assertThat(english(blockers.messages().get(0)))
                .isEqualTo("Negotiation checklist: \"Price and payment terms are agreed\" is not ticked");
    }

    @Test
    void givenDealInProposal_whenItSkipsStraightToWon_thenTheNegotiationAndClosingChecklistsStillBlock() {
        DealChecklists inProposal = DealChecklists.forPosition(SEVEN, TEMPLATES, 5);

        WonBlockers blockers = WonBlockers.evaluate(SEVEN, TEMPLATES, inProposal);

        assertThat(blockers.openItems()).extracting(OpenItem::stageKey).containsOnly("NEGOTIATION", "CLOSING").hasSize(8);
    }

    @Test
    void givenOptionalItemsOpen_thenTheyDoNotBlockWon() {
        DealChecklists done = tickAllRequired(DealChecklists.forPosition(SEVEN, TEMPLATES, 8));

        assertThat(done.checklist("NEGOTIATION").orElseThrow().isTicked("discount-approved")).isFalse();
        assertThat(WonBlockers.evaluate(SEVEN, TEMPLATES, done).messages()).isEmpty();
    }

    @Test
    void givenAPipelineWithoutChecklistTemplates_thenNothingBlocksWon() {
        DealChecklists none = DealChecklists.forPosition(SEVEN, ChecklistTemplates.none(), 3);

        assertThat(WonBlockers.evaluate(SEVEN, ChecklistTemplates.none(), none).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("an open item of a template stage is named in the user's language while it keeps its shipped text;"
            + " a rewritten item and a renamed stage are named as written")
    void openItemsNamedInTheUsersLanguage() {
        java.util.Properties he = org.salespipeline.text.BundleTexts.load(java.nio.file.Path.of("i18n/sales-pipeline_he.properties"));
        java.util.Properties messages = org.salespipeline.text.BundleTexts.load(java.nio.file.Path.of("i18n/sales-pipeline.properties"));
        messages.putAll(he);
        org.salespipeline.text.BundleTexts hebrew = new org.salespipeline.text.BundleTexts(messages);
        DealChecklists deal = DealChecklists.forPosition(SEVEN, TEMPLATES, 7);

        OpenItem first = WonBlockers.evaluate(SEVEN, TEMPLATES, deal).openItems().get(0);

        assertThat(hebrew.text(first.message())).contains(he.getProperty("sales-pipeline.template.stage.NEGOTIATION.name"),
                he.getProperty("sales-pipeline.template.checklist.NEGOTIATION." + first.itemId()));
        assertThat(english(first.message())).contains("Negotiation", first.itemText());

        Pipeline renamed = new Pipeline("ACME", "Sales", "EUR", SEVEN.stages().stream()
                .map(stage -> stage.key().equals("NEGOTIATION") ? stage.withName("Haggling") : stage).toList());
        OpenItem own = WonBlockers.evaluate(renamed, TEMPLATES, DealChecklists.forPosition(renamed, TEMPLATES, 7))
                .openItems().get(0);
        assertThat(hebrew.text(own.message())).contains("Haggling");
    }
}
