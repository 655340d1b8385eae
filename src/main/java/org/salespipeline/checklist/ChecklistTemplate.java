package org.salespipeline.checklist;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The ordered items every deal gets for one stage, keyed by the stage key. */
public record ChecklistTemplate(String stageKey, List<ChecklistItem> items) {

    public ChecklistTemplate {
        Objects.requireNonNull(stageKey, "stageKey");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("The checklist of " + stageKey + " needs at least one item");
        }
        Set<String> ids = new HashSet<>();
        for (ChecklistItem item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("The checklist of " + stageKey + " has item id " + item.id() + " twice");
            }
        }
    }

    public Optional<ChecklistItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
