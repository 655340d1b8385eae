package org.salespipeline.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.salespipeline.demo.data.DealGenerator;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.demo.data.PipelineSpec;
import org.salespipeline.history.StatusChange;

/**
 * The demo host's default data: ACME on the seven-stage pipeline and GLOBEX on the five-stage one; and INITECH's deals,
 * in a workflow of its own and without a pipeline.
 */
public final class DemoData {

    static final int ACME_DEALS = 400;
    static final int GLOBEX_DEALS = 250;
    /** GLOBEX deals are numbered apart from ACME's, as issues of one Jira share one id sequence. */
    static final long GLOBEX_ISSUE_IDS = 100_000;
    static final int INITECH_DEALS = 120;
    static final long INITECH_ISSUE_IDS = 200_000;

    private DemoData() {
    }

    public static HistoryFile defaults(Instant now) {
        return generate(now, ACME_DEALS, GLOBEX_DEALS);
    }

    /**
     * The default data's pipelines and kind of history with other numbers of deals generated (GLOBEX keeps those
     * of its generated deals that have moves of its five-stage workflow).
     */
    public static HistoryFile generate(Instant now, int acmeDeals, int globexDeals) {
        List<String> owners = DealGenerator.ownersStartingWith("admin", "rep");
        HistoryFile acme = DealGenerator.generate(2026L, acmeDeals, "ACME", now, owners);
        HistoryFile globex = DealGenerator.generate(2027L, globexDeals, "GLOBEX", now, owners);
        PipelineSpec fiveStage = new PipelineSpec("GLOBEX", "Globex sales", "five-stage", "EUR");
        List<DealSpec> deals = new ArrayList<>(acme.deals());
        for (DealSpec deal : globex.deals()) {
            fiveStageDeal(deal, Set.copyOf(fiveStage.statusNames())).ifPresent(deals::add);
        }
        List<PipelineSpec> pipelines = new ArrayList<>(acme.pipelines());
        pipelines.add(fiveStage);
        return new HistoryFile(pipelines, deals);
    }

    /**
     * INITECH's deals, which run through its own workflow and have no pipeline until an admin sets one up: generated
     * as the others are, each status replaced by its counterpart in INITECH's workflow (moves between two statuses
     * with the same counterpart vanish).
     */
    public static List<DealSpec> unconfigured(Instant now) {
        List<String> owners = DealGenerator.ownersStartingWith("admin", "rep");
        List<DealSpec> deals = new ArrayList<>();
        for (DealSpec deal : DealGenerator.generate(2028L, INITECH_DEALS, DemoJira.UNCONFIGURED_PROJECT, now, owners).deals()) {
            List<StatusChange> history = new ArrayList<>();
            for (StatusChange change : deal.history()) {
                String status = DemoJira.UNCONFIGURED_COUNTERPARTS.get(change.statusId());
                if (history.isEmpty() || !history.get(history.size() - 1).statusId().equals(status)) {
                    history.add(new StatusChange(change.at(), status, change.reason()));
                }
            }
            deals.add(new DealSpec(INITECH_ISSUE_IDS + deal.issueId(), deal.key(), deal.summary(), deal.created(),
                    deal.amount(), deal.owner(), deal.closeDate(), history));
        }
        return deals;
    }

    /** The deal with only the moves a five-stage workflow has; empty when none is left. */
    private static java.util.Optional<DealSpec> fiveStageDeal(DealSpec deal, Set<String> statuses) {
        List<StatusChange> history = deal.history().stream().filter(c -> statuses.contains(c.statusId())).toList();
        if (history.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DealSpec(GLOBEX_ISSUE_IDS + deal.issueId(), deal.key(), deal.summary(),
                history.get(0).at(), deal.amount(), deal.owner(), deal.closeDate(), history));
    }
}
