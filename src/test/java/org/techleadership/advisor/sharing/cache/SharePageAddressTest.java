package org.techleadership.advisor.sharing.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.techleadership.advisor.assessment.LinkToken;

class SharePageAddressTest {

    @Test
    void recognisesShareAddressesUnderAnyContextPath() {
        String token = LinkToken.next();
        assertThat(SharePageCache.isSharePage("/r/" + token, 0)).isTrue();
        assertThat(SharePageCache.isSharePage("/app/r/" + token, 4)).isTrue();
        assertThat(SharePageCache.isSharePage("/r/" + token + "/pdf", 0)).isFalse();
        assertThat(SharePageCache.isSharePage("/q/" + token, 0)).isFalse();
        assertThat(SharePageCache.isSharePage("/r/", 0)).isFalse();
        assertThat(SharePageCache.isSharePage("/r", 0)).isFalse();
    }
}
