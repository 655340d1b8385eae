package org.salespipeline.checklist;

import org.salespipeline.text.Message;

/** A required checklist item that is not ticked, named by stage and item. */
public record OpenItem(String stageKey, String stageName, String itemId, String itemText) {

    /** What is missing, naming the stage and the item. */
    public Message message() {
        return Message.of("sales-pipeline.exit.item-open", stageName, itemText);
    }
}
