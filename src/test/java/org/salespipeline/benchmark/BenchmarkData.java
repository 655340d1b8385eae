package org.salespipeline.benchmark;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.salespipeline.demo.data.DealGenerator;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.HistoryFile;

/** The benchmark's deals: the demo host's generator at a fixed seed and a fixed "now", so every run measures the same data. */
final class BenchmarkData {

    static final String PROJECT = "ACME";
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final long SEED = 20_260_601L;

    private BenchmarkData() {
    }

    /** The deals the backfill loads: ACME-1 to ACME-n. */
    static HistoryFile backfilled(int deals) {
        return backfilled(deals, NOW);
    }

    /** The same kind of deals with histories that end at another instant, for a run on the real clock. */
    static HistoryFile backfilled(int deals, Instant end) {
        return DealGenerator.generate(SEED, deals, PROJECT, end);
    }

    /** The same deals with their status history alone. */
    static HistoryFile withoutFieldHistory(HistoryFile data) {
        return new HistoryFile(data.pipelines(), data.deals().stream().map(deal -> new DealSpec(deal.issueId(), deal.key(),
                deal.summary(), deal.created(), deal.amount(), deal.owner(), deal.closeDate(), deal.history())).toList());
    }

    /** Further deals, numbered after the backfilled ones, whose changes are recorded one by one as Jira's listener does. */
    static List<DealSpec> recorded(int backfilled, int deals) {
        List<DealSpec> generated = DealGenerator.generate(SEED + 1, deals, PROJECT, NOW).deals();
        return IntStream.range(0, generated.size()).mapToObj(i -> {
            DealSpec deal = generated.get(i);
            long number = backfilled + i + 1L;
            return new DealSpec(number, PROJECT + "-" + number, deal.summary(), deal.created(), deal.amount(),
                    deal.owner(), deal.closeDate(), deal.history(), deal.fieldChanges());
        }).toList();
    }
}
