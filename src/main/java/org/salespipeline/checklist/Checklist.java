package org.salespipeline.checklist;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One deal's checklist for one stage: the template's items, their marks and a version that grows with every change. */
public record Checklist(ChecklistTemplate template, Map<String, ItemMark> marks, long version) {

    public Checklist {
        marks = Map.copyOf(marks);
    }

    /** A new checklist with nothing ticked, at version 0. */
    public static Checklist fresh(ChecklistTemplate template) {
        return new Checklist(template, Map.of(), 0);
    }

    public String stageKey() {
        return template.stageKey();
    }

    public boolean isTicked(String itemId) {
        return mark(itemId).map(ItemMark::ticked).orElse(false);
    }

    public Optional<ItemMark> mark(String itemId) {
        return Optional.ofNullable(marks.get(itemId));
    }

    /** Ticks an item if the caller saw the current version; otherwise throws {@link StaleChecklistVersionException}. */
    public Checklist tick(String itemId, String userKey, Instant at, long expectedVersion) {
        return mark(itemId, new ItemMark(true, userKey, at), expectedVersion);
    }

    /** Unticks an item if the caller saw the current version; otherwise throws {@link StaleChecklistVersionException}. */
    public Checklist untick(String itemId, String userKey, Instant at, long expectedVersion) {
        return mark(itemId, new ItemMark(false, userKey, at), expectedVersion);
    }

    /** Required items that are not ticked, in template order. */
    public List<ChecklistItem> openRequiredItems() {
        return template.items().stream().filter(i -> i.required() && !isTicked(i.id())).toList();
    }

    private Checklist mark(String itemId, ItemMark mark, long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleChecklistVersionException(stageKey(), expectedVersion, version);
        }
        if (template.item(itemId).isEmpty()) {
            throw new IllegalArgumentException("The " + stageKey() + " checklist has no item " + itemId);
        }
        Map<String, ItemMark> edited = new HashMap<>(marks);
        edited.put(itemId, mark);
        return new Checklist(template, edited, version + 1);
    }
}
