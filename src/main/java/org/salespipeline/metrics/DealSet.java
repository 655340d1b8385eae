package org.salespipeline.metrics;

import java.util.List;

/**
 * The first deals of a selection, by project key and issue number, up to a cap.
 *
 * @param overCap true when the selection holds more deals than the cap, which were not read
 */
public record DealSet(List<DealRef> deals, boolean overCap) {

    public DealSet {
        deals = List.copyOf(deals);
    }
}
