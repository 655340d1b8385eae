package org.salespipeline.history;

/** What the stage log holds of one open stage: the deals in it now and the stays ever logged in it. */
public record StageHoldings(int openDeals, int stays) {

    public boolean isEmpty() {
        return openDeals == 0 && stays == 0;
    }
}
