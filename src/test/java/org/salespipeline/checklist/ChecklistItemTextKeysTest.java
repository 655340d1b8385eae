package org.salespipeline.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Message keys of the shipped checklist items")
class ChecklistItemTextKeysTest {

    @Test
    @DisplayName("a shipped item with its shipped text has a key; an edited text, a moved item or a new item has none")
    void onlyShippedTexts() {
        ChecklistItem signed = ChecklistTemplates.defaults().forStage("CLOSING").orElseThrow().item("contract-signed").orElseThrow();
        assertThat(ChecklistItemTextKeys.text("CLOSING", signed)).hasValue("sales-pipeline.template.checklist.CLOSING.contract-signed");
        assertThat(ChecklistItemTextKeys.text("CLOSING", ChecklistItem.required("contract-signed", "Signed by the buyer"))).isEmpty();
        assertThat(ChecklistItemTextKeys.text("NEGOTIATION", signed)).isEmpty();
        assertThat(ChecklistItemTextKeys.text("CLOSING", ChecklistItem.optional("reference-call", "Reference call held"))).isEmpty();
    }
}
