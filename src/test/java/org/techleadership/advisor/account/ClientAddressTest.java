package org.techleadership.advisor.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The address a limit counts by: IPv4 as it is, IPv6 by its /64, odd values as they are, never a name lookup. */
class ClientAddressTest {

    @Test
    void anIpv4AddressIsItself() {
        assertThat(ClientAddress.of("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("203.0.113.8")).isNotEqualTo(ClientAddress.of("203.0.113.7"));
    }

    @Test
    void ipv6AddressesCountByTheirSixtyFourBitNetwork() {
        assertThat(ClientAddress.of("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64")
                .isEqualTo(ClientAddress.of("2001:0db8:0001:0002:ffff:eeee:dddd:cccc"));
        assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.of("2001:db8:1:2::1"));
        assertThat(ClientAddress.of("::1")).isEqualTo("0:0:0:0::/64");
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsTheIpv4Address() {
        assertThat(ClientAddress.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void oddValuesCountAsTheyAreWithoutANameLookup() {
        assertThat(ClientAddress.of("advisor.example.invalid")).isEqualTo("advisor.example.invalid");
        assertThat(ClientAddress.of("zz:not-an-address")).isEqualTo("zz:not-an-address");
        assertThat(ClientAddress.of("1:2:3:not:an:address")).isEqualTo("1:2:3:not:an:address");
        assertThat(ClientAddress.of(null)).isEqualTo(ClientAddress.of("")).isEqualTo("unknown");
        assertThat(ClientAddress.of("x".repeat(500))).hasSize(64);
    }
}
