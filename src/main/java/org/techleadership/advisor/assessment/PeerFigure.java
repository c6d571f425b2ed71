package org.techleadership.advisor.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What businesses of one company size and one technical-team band were recommended: total is how
 * many stored assessments matched (never below minimum, the configured threshold), asOf when they were counted;
 * the shares are whole percentages adding up to 100 (see {@link #percentages}), largest first, each
 * with the role's name as today's catalogue has it. yours marks the role this page recommended.
 */
public record PeerFigure(int total, int minimum, Instant asOf, String sizeLabel, String bandLabel, List<Share> shares) {

    public record Share(String code, String name, int percent, boolean yours) {}

    /**
     * Whole percentages that add up to exactly 100 (largest remainder: each share rounded down, then
     * the points left over go one each to the largest remainders; equal remainders to the larger count,
     * then to the code first in the order given). Keys keep the order of counts; zero counts stay zero.
     */
    public static Map<String, Integer> percentages(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Integer> result = new java.util.LinkedHashMap<>();
        if (total == 0) {
            counts.keySet().forEach(code -> result.put(code, 0));
            return result;
        }
        record Part(String code, long count, long remainder, int order) {}
        List<Part> parts = new ArrayList<>();
        int given = 0;
        int order = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            long scaled = e.getValue() * 100;
            result.put(e.getKey(), (int) (scaled / total));
            given += (int) (scaled / total);
            parts.add(new Part(e.getKey(), e.getValue(), scaled % total, order++));
        }
        parts.sort(Comparator.comparingLong(Part::remainder).reversed()
                .thenComparing(Comparator.comparingLong(Part::count).reversed())
                .thenComparingInt(Part::order));
        for (int i = 0; i < 100 - given; i++) {
            result.merge(parts.get(i).code(), 1, Integer::sum);
        }
        return result;
    }
}
