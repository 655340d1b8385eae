package org.salespipeline.checklist;

import java.util.Optional;

/** The message key of a shipped checklist item's text, for an item that still has that text; an edited item keeps its words. */
public final class ChecklistItemTextKeys {

    static final String PREFIX = "sales-pipeline.template.checklist.";

    private ChecklistItemTextKeys() {
    }

    public static Optional<String> text(String stageKey, ChecklistItem item) {
        return ChecklistTemplates.defaults().forStage(stageKey)
                .flatMap(template -> template.item(item.id()))
                .filter(shipped -> shipped.text().equals(item.text()))
                .map(shipped -> PREFIX + stageKey + "." + shipped.id());
    }
}
