package org.techleadership.advisor.storage.h2;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * advisor.h2.housekeeping.*: how full H2's chunks should be kept, from which fill rate it rewrites
 * while others write, how much it rewrites at a time (four times that in a quiet moment), and how often.
 */
@ConfigurationProperties("advisor.h2.housekeeping")
record H2HousekeepingProperties(@DefaultValue("80") int targetFillRate, @DefaultValue("65") int busyFillRate,
                                @DefaultValue("4MB") DataSize maxRewrite, @DefaultValue("PT2S") Duration interval) {}
