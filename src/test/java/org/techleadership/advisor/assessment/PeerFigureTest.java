package org.techleadership.advisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The shares of "Businesses like yours": whole percentages that add up to 100, each as near its exact share as can be. */
class PeerFigureTest {

    @Test
    void threeEqualThirdsGiveTheSparePointToTheFirst() {
        assertThat(PeerFigure.percentages(counts("VCIO", 1, "VCTO", 1, "CIO", 1)))
                .containsExactly(Map.entry("VCIO", 34), Map.entry("VCTO", 33), Map.entry("CIO", 33));
    }

    @Test
    void theLargestRemaindersGetThePointsLeftOver() {
        // 143 assessments: 58.6 / 31.5 / 42.0 / 10.5 -> 41.0 / 22.0 / 29.4 / 7.3 percent
        Map<String, Integer> shares = PeerFigure.percentages(counts("FRACTIONAL_CIO", 59, "CIO", 31, "VCIO", 42,
                "COMBINED", 11));
        assertThat(shares).containsExactly(Map.entry("FRACTIONAL_CIO", 41), Map.entry("CIO", 22),
                Map.entry("VCIO", 29), Map.entry("COMBINED", 8));
    }

    @Test
    void everyGroupAddsUpTo100AndNoShareIsMoreThanAPointFromItsExactValue() {
        Random random = new Random(14);
        for (int run = 0; run < 2_000; run++) {
            Map<String, Long> counts = new LinkedHashMap<>();
            int roles = 1 + random.nextInt(10);
            for (int r = 0; r < roles; r++) {
                counts.put("R" + r, (long) random.nextInt(run % 2 == 0 ? 5 : 400));
            }
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            Map<String, Integer> shares = PeerFigure.percentages(counts);
            assertThat(shares.keySet()).containsExactlyElementsOf(counts.keySet());
            if (total == 0) {
                assertThat(shares.values()).containsOnly(0);
                continue;
            }
            assertThat(shares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
            counts.forEach((code, count) -> {
                double exact = 100.0 * count / total;
                assertThat((double) shares.get(code)).as("%s of %s", count, total)
                        .isBetween(Math.floor(exact), Math.ceil(exact));
            });
        }
    }

    @Test
    void theMinimumCannotBeSetBelowTen() {
        assertThat(new PeerSettings(true, 10, Duration.ZERO).minimumMatches()).isEqualTo(10);
        assertThatThrownBy(() -> new PeerSettings(true, 9, Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 10");
    }

    private static Map<String, Long> counts(Object... codeAndCount) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < codeAndCount.length; i += 2) {
            counts.put((String) codeAndCount[i], ((Integer) codeAndCount[i + 1]).longValue());
        }
        return counts;
    }
}
