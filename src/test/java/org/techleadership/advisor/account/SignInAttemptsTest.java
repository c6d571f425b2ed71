package org.techleadership.advisor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Wrong passwords pause the name at the address they came from, and nowhere else; many names from
 * one address pause the address; an account locked by a guess from many addresses stays open to
 * addresses that have not failed on it.
 */
class SignInAttemptsTest {

    private static final String STRANGER = "203.0.113.66";
    private static final String OWNER = "198.51.100.10";

    private final SignInAttempts attempts = new SignInAttempts(new SignInProperties(5, 30, Duration.ofMinutes(15), 1000));

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(attempts.refused(name, address, false)).as("attempt %d", i + 1).isFalse();
            attempts.failed(name, address);
        }
    }

    @Test
    void fiveWrongPasswordsPauseTheNameOnlyAtTheAddressTheyCameFrom() {
        fail("admin", STRANGER, 5);

        assertThat(attempts.refused("admin", STRANGER, false)).isTrue();
        assertThat(attempts.refused(" ADMIN ", STRANGER, false)).as("the name as typed, in any case").isTrue();
        assertThat(attempts.refused("admin", OWNER, false)).isFalse();
        assertThat(attempts.refused("dana", STRANGER, false)).isFalse();
    }

    @Test
    void fourWrongPasswordsAndARightOneStartTheCountAfresh() {
        fail("dana", OWNER, 4);
        attempts.succeeded("dana", OWNER);
        fail("dana", OWNER, 4);

        assertThat(attempts.refused("dana", OWNER, false)).isFalse();
    }

    @Test
    void thirtyWrongPasswordsFromOneAddressPauseItForEveryName() {
        for (int i = 0; i < 10; i++) {
            fail("user-" + i, STRANGER, 3);
        }

        assertThat(attempts.refused("someone-else", STRANGER, false)).isTrue();
        assertThat(attempts.refused("someone-else", OWNER, false)).isFalse();
    }

    @Test
    void aLockedAccountStaysOpenToAddressesThatHaveNotFailedOnIt() {
        fail("admin", STRANGER, 1);

        assertThat(attempts.refused("admin", STRANGER, true)).as("failed here already").isTrue();
        assertThat(attempts.refused("admin", OWNER, true)).as("the owner's address").isFalse();
        assertThat(attempts.refused("admin", STRANGER, false)).as("not locked: four more tries").isFalse();
    }

    @Test
    void anIpv6NetworkCountsAsOneAddress() {
        for (int i = 0; i < 5; i++) {
            attempts.failed("admin", "2001:db8:5:6::" + Integer.toHexString(i + 1));
        }

        assertThat(attempts.refused("admin", "2001:db8:5:6::abcd", false)).isTrue();
        assertThat(attempts.refused("admin", "2001:db8:5:7::1", false)).isFalse();
    }
}
