package org.techleadership.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PageMoldTest {

    private static final String FLAG = " checked=\"checked\"";

    private static String fill(PageMold mold, Map<String, String> values, Set<Integer> flagged) {
        return new String(mold.fill(values, flagged::contains), StandardCharsets.UTF_8);
    }

    @Test
    void namedSlotsAreFilledWhereverTheirValueWasWritten() {
        PageMold mold = PageMold.split("<a href=\"/q/TOK1\">/q/TOK1</a><input value=\"CSRF9\"/>",
                Map.of("TOK1", "token", "CSRF9", "csrf"), null);

        assertThat(mold.count("token")).isEqualTo(2);
        assertThat(mold.count("csrf")).isEqualTo(1);
        assertThat(fill(mold, Map.of("token", "abc-_9", "csrf", "x=y"), Set.of()))
                .isEqualTo("<a href=\"/q/abc-_9\">/q/abc-_9</a><input value=\"x=y\"/>");
    }

    @Test
    void flagsAreNumberedInPageOrderAndWrittenOnlyWhereAsked() {
        PageMold mold = PageMold.split("<i value=\"a\" checked=\"checked\"/><i value=\"b\" checked=\"checked\"/>"
                + "<i value=\"c\" checked=\"checked\"/>", Map.of(), FLAG);

        assertThat(mold.flagCount()).isEqualTo(3);
        assertThat(fill(mold, Map.of(), Set.of(1))).isEqualTo("<i value=\"a\"/><i value=\"b\" checked=\"checked\"/><i value=\"c\"/>");
        assertThat(fill(mold, Map.of(), Set.of())).isEqualTo("<i value=\"a\"/><i value=\"b\"/><i value=\"c\"/>");
    }

    @Test
    void aPageWithoutSlotsComesBackAsItWas() {
        String page = "<p>Grüße – 你好</p>";
        assertThat(fill(PageMold.split(page, Map.of(), FLAG), Map.of(), Set.of())).isEqualTo(page);
    }

    @Test
    void aValueThatWouldNeedEscapingOrIsMissingIsRefused() {
        PageMold mold = PageMold.split("<p>TOK</p>", Map.of("TOK", "token"), null);

        assertThatThrownBy(() -> mold.fill(Map.of("token", "<script>"), i -> false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mold.fill(Map.of("token", "a\"b"), i -> false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mold.fill(Map.of(), i -> false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PageMold.safe("")).isFalse();
        assertThat(PageMold.safe("Az09_-=")).isTrue();
    }
}
