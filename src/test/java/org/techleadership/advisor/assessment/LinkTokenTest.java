package org.techleadership.advisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hand-written token check accepts exactly what a token can be. */
class LinkTokenTest {

    @Test
    void acceptsEveryIssuedTokenAndNothingShapedDifferently() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(LinkToken.looksValid(LinkToken.next())).isTrue();
        }
        String valid = "abcdefghijklmnopqrstuvwxyzAZ09_-";
        assertThat(LinkToken.looksValid(valid)).isTrue();
        assertThat(LinkToken.looksValid(null)).isFalse();
        assertThat(LinkToken.looksValid("")).isFalse();
        assertThat(LinkToken.looksValid(valid.substring(1))).isFalse();
        assertThat(LinkToken.looksValid(valid + "a")).isFalse();
        for (char bad : new char[] {'=', '+', '/', '.', ' ', '%', 'é', '\u0000', '{', '`', '@', '[', ':'}) {
            assertThat(LinkToken.looksValid(bad + valid.substring(1))).as("%s", bad).isFalse();
        }
    }

}
