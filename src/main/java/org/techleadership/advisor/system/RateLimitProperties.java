package org.techleadership.advisor.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * advisor.rate-limits.*: how many requests one client address may send to each limited path in a
 * period, on each instance ({@link RateLimits}). A client may use them all at once; after that one
 * more is allowed every period / count. {@code enabled=false} switches every limit off (benchmarks).
 * The defaults and why they are what they are: docs/deployment.md, "Security".
 */
@ConfigurationProperties("advisor.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("1h") Duration period,
                                  @DefaultValue("120") int api,
                                  @DefaultValue("60") int start,
                                  @DefaultValue("300") int questionnaire,
                                  @DefaultValue("100") int signIn,
                                  @DefaultValue("10000") int maxAddresses) {

    public RateLimitProperties {
        if (api < 1 || start < 1 || questionnaire < 1 || signIn < 1 || maxAddresses < 1) {
            throw new IllegalArgumentException("advisor.rate-limits.* counts must be at least 1");
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("advisor.rate-limits.period must be longer than zero");
        }
    }
}
