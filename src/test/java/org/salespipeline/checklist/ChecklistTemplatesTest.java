package org.salespipeline.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Checklist templates")
class ChecklistTemplatesTest {

    @Test
    @DisplayName("the shipped negotiation checklist covers objections, pricing, contract terms, legal review and sign-off")
    void negotiationDefaults() {
        ChecklistTemplate negotiation = ChecklistTemplates.defaults().forStage("NEGOTIATION").orElseThrow();

        assertThat(negotiation.items()).filteredOn(ChecklistItem::required).extracting(ChecklistItem::id).containsExactly(
                "objections-answered", "pricing-agreed", "contract-terms-final", "legal-review-done",
                "decision-maker-sign-off");
        assertThat(negotiation.items()).anyMatch(item -> !item.required());
    }

    @Test
    @DisplayName("the shipped closing checklist requires the signature and the hand-over")
    void closingDefaults() {
        ChecklistTemplate closing = ChecklistTemplates.defaults().forStage("CLOSING").orElseThrow();

        assertThat(closing.items()).filteredOn(ChecklistItem::required).extracting(ChecklistItem::id)
                .contains("contract-signed", "handover-scheduled");
    }

    @Test
    @DisplayName("stages without a template have no checklist, and templates can be replaced or removed")
    void editing() {
        ChecklistTemplate demo = new ChecklistTemplate("PROPOSAL", List.of(ChecklistItem.required("sent", "Proposal sent")));
        ChecklistTemplates edited = ChecklistTemplates.defaults().with(demo).without("CLOSING");

        assertThat(ChecklistTemplates.defaults().forStage("PROPOSAL")).isEmpty();
        assertThat(edited.forStage("PROPOSAL")).contains(demo);
        assertThat(edited.forStage("CLOSING")).isEmpty();
        assertThat(ChecklistTemplates.defaults().forStage("CLOSING")).isPresent();
    }

    @Test
    @DisplayName("a template needs items with distinct ids")
    void validation() {
        assertThatThrownBy(() -> new ChecklistTemplate("X", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChecklistTemplate("X", List.of(
                ChecklistItem.required("a", "One"), ChecklistItem.optional("a", "Two"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item id a twice");
    }
}
