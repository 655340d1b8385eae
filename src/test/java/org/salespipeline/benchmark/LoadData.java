package org.salespipeline.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.data.DealGenerator;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.demo.data.PipelineSpec;
import org.salespipeline.pipeline.StageRef;

/**
 * The load benchmark's data: ACME with the benchmark's generated deals (status histories and field changes) ending at
 * the run's start, and BOARD, whose board is rendered: generated deals up to the one that makes a given number open.
 */
final class LoadData {

    static final String BOARD_PROJECT = "BOARD";
    /** BOARD's issues are numbered apart from ACME's, as issues of one Jira share one id sequence. */
    static final long BOARD_ISSUE_IDS = 10_000_000L;
    private static final long BOARD_SEED = 20_261_201L;

    private LoadData() {
    }

    static HistoryFile generate(int deals, int boardOpenDeals, Instant end) {
        HistoryFile acme = BenchmarkData.backfilled(deals, end);
        List<DealSpec> board = boardDeals(boardOpenDeals, end);
        List<PipelineSpec> pipelines = new ArrayList<>(acme.pipelines());
        pipelines.add(DealGenerator.generate(BOARD_SEED, 1, BOARD_PROJECT, end).pipelines().get(0));
        List<DealSpec> all = new ArrayList<>(acme.deals());
        all.addAll(board);
        return new HistoryFile(pipelines, all);
    }

    /** The first generated deals of BOARD up to and including its {@code openDeals}-th open deal. */
    private static List<DealSpec> boardDeals(int openDeals, Instant end) {
        for (int generated = Math.max(100, openDeals * 4); ; generated *= 2) {
            HistoryFile file = DealGenerator.generate(BOARD_SEED, generated, BOARD_PROJECT, end);
            PipelineConfig config = file.pipelines().get(0).config();
            List<DealSpec> kept = new ArrayList<>();
            int open = 0;
            for (DealSpec deal : file.deals()) {
                if (open == openDeals) {
                    break;
                }
                kept.add(new DealSpec(BOARD_ISSUE_IDS + deal.issueId(), deal.key(), deal.summary(), deal.created(),
                        deal.amount(), deal.owner(), deal.closeDate(), deal.history(), deal.fieldChanges()));
                if (isOpen(config, deal)) {
                    open++;
                }
            }
            if (open == openDeals) {
                return kept;
            }
        }
    }

    static boolean isOpen(PipelineConfig config, DealSpec deal) {
        String status = deal.history().get(deal.history().size() - 1).statusId();
        return config.mapping().lookup(status).map(StageRef::isOpenStage).orElse(false);
    }
}
