package org.techleadership.advisor.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * advisor.sign-in.*: how many wrong passwords {@link SignInAttempts} lets through in each period,
 * for one user name from one address and for one address whatever the names, and how many
 * (name, address) pairs and addresses it keeps count of on each instance.
 */
@ConfigurationProperties("advisor.sign-in")
record SignInProperties(@DefaultValue("5") int failuresPerAccountAndAddress,
                        @DefaultValue("30") int failuresPerAddress,
                        @DefaultValue("15m") Duration period,
                        @DefaultValue("10000") int maxTracked) {

    SignInProperties {
        if (failuresPerAccountAndAddress < 1 || failuresPerAddress < 1 || maxTracked < 1) {
            throw new IllegalArgumentException("advisor.sign-in.* counts must be at least 1");
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("advisor.sign-in.period must be longer than zero");
        }
    }
}
