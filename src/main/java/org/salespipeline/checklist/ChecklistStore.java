package org.salespipeline.checklist;

import org.salespipeline.pipeline.Pipeline;

/** Where each deal's checklist ticks are kept, with a version per checklist so that concurrent ticks never lose one. */
public interface ChecklistStore {

    /** The deal's checklists for its position, with every stored tick in place. */
    DealChecklists load(Pipeline pipeline, ChecklistTemplates templates, long issueId, int position);

    /**
     * Ticks or unticks one item if the checklist is still at the version the caller saw; otherwise throws
     * {@link StaleChecklistVersionException} and changes nothing. Returns the deal's checklists afterwards.
     */
    DealChecklists mark(Pipeline pipeline, ChecklistTemplates templates, long issueId, int position, String stageKey,
            String itemId, ItemMark mark, long expectedVersion);
}
