package org.salespipeline.demo.data;

import java.util.List;

/** A data set as a history file holds it: the pipelines of its projects and every deal with its status history. */
public record HistoryFile(List<PipelineSpec> pipelines, List<DealSpec> deals) {

    public HistoryFile {
        pipelines = List.copyOf(pipelines);
        deals = List.copyOf(deals);
    }
}
