package org.techleadership.advisor.assessment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * advisor.peers.*: "Businesses like yours" ({@link PeerFigures}).
 *
 * @param enabled         whether result and share pages show it at all
 * @param minimumMatches  the fewest matching assessments it is shown for; never below {@link #FLOOR},
 *                        so a setting cannot turn it into a view of a handful of businesses
 * @param refreshInterval how long one instance keeps the counts before reading them again (a new
 *                        assessment counts within it; a withdrawn or deleted one stops counting on
 *                        this instance at once)
 */
@ConfigurationProperties("advisor.peers")
public record PeerSettings(@DefaultValue("true") boolean enabled,
                           @DefaultValue("20") int minimumMatches,
                           @DefaultValue("10m") Duration refreshInterval) {

    public static final int FLOOR = 10;

    public PeerSettings {
        if (minimumMatches < FLOOR) {
            throw new IllegalArgumentException("advisor.peers.minimum-matches must be at least " + FLOOR
                    + " (it was " + minimumMatches + "): fewer would show the answers of a handful of businesses");
        }
        if (refreshInterval.isNegative()) {
            throw new IllegalArgumentException("advisor.peers.refresh-interval cannot be negative");
        }
    }
}
