package org.techleadership.advisor.system;

import java.util.Set;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the metrics may not tell, even on the loopback management port: who tried to sign in, what
 * state an account is in, and where the data lives on the host. Sign-in timers keep only "failed"
 * for a failure (the exception's name said locked or switched off); no meter carries a user name;
 * the disk-space gauges are labelled "data" instead of the folder's path.
 */
@Configuration(proxyBeanMethods = false)
class OperationsMetrics {

    static final Set<String> USER_TAGS = Set.of("user", "username", "user.name", "principal");
    private static final Set<String> FAILURE_TAGS = Set.of("authentication.failure.type", "error");

    @Bean
    MeterFilter noUsersAccountStatesOrPaths() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                boolean signIn = id.getName().startsWith("spring.security.authentications");
                boolean disk = id.getName().startsWith("disk.");
                if (!signIn && !disk && id.getTags().stream().noneMatch(tag -> USER_TAGS.contains(tag.getKey()))) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream()
                        .filter(tag -> !USER_TAGS.contains(tag.getKey()))
                        .map(tag -> disk && "path".equals(tag.getKey()) ? Tag.of("path", "data")
                                : signIn ? withoutAccountState(tag) : tag)
                        .toList());
            }
        };
    }

    /** A failed sign-in is "failed", whatever the reason: wrong password, locked or switched off. */
    private static Tag withoutAccountState(Tag tag) {
        if (FAILURE_TAGS.contains(tag.getKey()) && !"n/a".equals(tag.getValue()) && !"none".equals(tag.getValue())) {
            return Tag.of(tag.getKey(), "failed");
        }
        return tag;
    }
}
