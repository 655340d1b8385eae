package org.salespipeline.checklist;

/** A required checklist item that is not ticked, named by stage and item. */
public record OpenItem(String stageKey, String stageName, String itemId, String itemText) {

    /** An English sentence naming the stage and the item. */
    public String message() {
        return stageName + " checklist: \"" + itemText + "\" is not ticked";
    }
}
