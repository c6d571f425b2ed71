package org.techleadership.advisor.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * advisor.sessions.*: how long a sign-in lasts at most, however busy it is (the idle limit is
 * Spring Session's {@code spring.session.timeout}).
 */
@ConfigurationProperties("advisor.sessions")
record SessionProperties(@DefaultValue("12h") Duration absoluteLifetime) {

    SessionProperties {
        if (absoluteLifetime.isNegative() || absoluteLifetime.isZero()) {
            throw new IllegalArgumentException("advisor.sessions.absolute-lifetime must be longer than zero, not "
                    + absoluteLifetime);
        }
    }
}
