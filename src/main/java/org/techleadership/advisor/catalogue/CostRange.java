package org.techleadership.advisor.catalogue;

import java.util.List;

/**
 * A typical published price range for engaging a role in one region (UK, US, EU), and how long it
 * takes to hire or to start: practitioners' published figures, never a quote. basis is what low and
 * high are per (DAY, MONTH or YEAR); unit, optional, says more of it ("for 1 to 3 days a week", "all
 * in"); timeToStart is null where no figure was published. sources are the keys of the document's
 * {@link PriceSource}s.
 */
public record CostRange(String region, String currency, String basis, int low, int high, String unit,
                        String timeToStart, int year, List<String> sources, String note) {

    /** The regions and their currencies. */
    public static final java.util.Map<String, String> CURRENCIES = java.util.Map.of("UK", "GBP", "US", "USD", "EU", "EUR");

    public static final List<String> REGIONS = List.of("UK", "US", "EU");

    public static final List<String> BASES = List.of("DAY", "MONTH", "YEAR");

    public CostRange {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
