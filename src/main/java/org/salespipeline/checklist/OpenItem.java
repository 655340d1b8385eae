package org.salespipeline.checklist;

import org.salespipeline.text.Message;

/**
 * A required checklist item that is not ticked, named by stage and item. A stage name or item text that is still the
 * shipped one has its bundle key, so that the message names it in the user's language; null otherwise.
 */
public record OpenItem(String stageKey, String stageName, String itemId, String itemText, String stageNameKey,
        String itemTextKey) {

    /** What is missing, naming the stage and the item. */
    public Message message() {
        return Message.of("sales-pipeline.exit.item-open", stageNameKey == null ? stageName : Message.of(stageNameKey),
                itemTextKey == null ? itemText : Message.of(itemTextKey));
    }
}
