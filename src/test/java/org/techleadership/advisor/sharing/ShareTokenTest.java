package org.techleadership.advisor.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hand-written token check accepts exactly what a token can be. */
class ShareTokenTest {

    @Test
    void acceptsEveryIssuedTokenAndNothingShapedDifferently() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(ShareToken.looksValid(ShareToken.next())).isTrue();
        }
        String valid = "abcdefghijklmnopqrstuvwxyzAZ09_-";
        assertThat(ShareToken.looksValid(valid)).isTrue();
        assertThat(ShareToken.looksValid(null)).isFalse();
        assertThat(ShareToken.looksValid("")).isFalse();
        assertThat(ShareToken.looksValid(valid.substring(1))).isFalse();
        assertThat(ShareToken.looksValid(valid + "a")).isFalse();
        for (char bad : new char[] {'=', '+', '/', '.', ' ', '%', 'é', '\u0000', '{', '`', '@', '[', ':'}) {
            assertThat(ShareToken.looksValid(bad + valid.substring(1))).as("%s", bad).isFalse();
        }
    }

    @Test
    void recognisesShareAddressesUnderAnyContextPath() {
        String token = ShareToken.next();
        assertThat(SharePageCache.isSharePage("/r/" + token, 0)).isTrue();
        assertThat(SharePageCache.isSharePage("/app/r/" + token, 4)).isTrue();
        assertThat(SharePageCache.isSharePage("/r/" + token + "/pdf", 0)).isFalse();
        assertThat(SharePageCache.isSharePage("/q/" + token, 0)).isFalse();
        assertThat(SharePageCache.isSharePage("/r/", 0)).isFalse();
        assertThat(SharePageCache.isSharePage("/r", 0)).isFalse();
    }
}
