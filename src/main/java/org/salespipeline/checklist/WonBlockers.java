package org.salespipeline.checklist;

import org.salespipeline.text.Message;
import java.util.ArrayList;
import java.util.List;

import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.TemplateTextKeys;

/** The required checklist items, open in any checklist the deal will have once won, that keep it from entering WON. */
public record WonBlockers(List<OpenItem> openItems) {

    public WonBlockers {
        openItems = List.copyOf(openItems);
    }

    public static WonBlockers evaluate(Pipeline pipeline, ChecklistTemplates templates, DealChecklists deal) {
        // Entering WON raises the position to n + 1, so skipping straight to WON still meets every stage's checklist.
        DealChecklists asWon = deal.reachPosition(pipeline, templates, pipeline.wonPosition());
        List<OpenItem> open = new ArrayList<>();
        for (Checklist checklist : asWon.checklists()) {
            String stageName = pipeline.stage(checklist.stageKey()).map(Stage::name).orElse(checklist.stageKey());
            String stageNameKey = pipeline.stage(checklist.stageKey()).flatMap(TemplateTextKeys::name).orElse(null);
            for (ChecklistItem item : checklist.openRequiredItems()) {
                open.add(new OpenItem(checklist.stageKey(), stageName, item.id(), item.text(), stageNameKey,
                        ChecklistItemTextKeys.text(checklist.stageKey(), item).orElse(null)));
            }
        }
        return new WonBlockers(open);
    }

    public boolean isEmpty() {
        return openItems.isEmpty();
    }

    public List<Message> messages() {
        return openItems.stream().map(OpenItem::message).toList();
    }
}
