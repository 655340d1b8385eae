package org.salespipeline.demo.data;

import java.util.List;
import java.util.SplittableRandom;

/** The words of generated deals: invented customer names, what they buy, and why deals are lost or disqualified. */
final class DealWords {

    private static final List<String> NAMES = List.of("Alder", "Brightwater", "Cobalt", "Driftwood", "Ember",
            "Fairholm", "Granite", "Harbourline", "Ironbark", "Juniper", "Kestrel", "Larchmont", "Meridian",
            "Northgate", "Oakridge", "Pinecrest", "Quarry", "Redfern", "Saltmarsh", "Tidewell", "Upland", "Vantage",
            "Westbrook", "Yarrow");
    private static final List<String> TRADES = List.of("Logistics", "Health", "Foods", "Bank", "Energy", "Retail",
            "Insurance", "Manufacturing", "Hotels", "Labs", "Telecom", "Council");
    private static final List<String> PURCHASES = List.of("renewal", "fleet licences", "support upgrade",
            "analytics add-on", "pilot", "site expansion", "onboarding package", "data migration", "multi-year deal",
            "training programme", "premium tier", "second region roll-out", "hardware refresh", "API access",
            "security audit", "managed service");
    /** Reasons are the options provisioning gives the reason fields, as a rep would pick them. */
    private static final List<String> LOST_REASONS = org.salespipeline.provisioning.DealFieldSpecs.LOST_REASONS;
    private static final List<String> DISQUALIFICATION_REASONS =
            org.salespipeline.provisioning.DealFieldSpecs.DISQUALIFICATION_REASONS;

    private DealWords() {
    }

    /** A customer and what they are buying, such as "Kestrel Foods analytics add-on". */
    static String summary(SplittableRandom random) {
        return any(random, NAMES) + " " + any(random, TRADES) + " " + any(random, PURCHASES);
    }

    static String lostReason(SplittableRandom random) {
        return any(random, LOST_REASONS);
    }

    static String disqualificationReason(SplittableRandom random) {
        return any(random, DISQUALIFICATION_REASONS);
    }

    private static String any(SplittableRandom random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
