package org.techleadership.advisor.catalogue;

import java.util.List;

/**
 * A typical published price range for engaging a role in one region (UK, US, EU), and how long it
 * takes to hire or to start: practitioners' published figures, never a quote. sources are the keys
 * of the document's {@link PriceSource}s.
 */
public record CostRange(String region, String currency, String basis, int low, int high, String timeToStart,
                        int year, List<String> sources, String note) {

    public CostRange {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
