package org.techleadership.advisor.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The accent's contrast against white, as WCAG 2.x defines it. */
class AccentContrastTest {

    @Test
    void blackOnWhiteIsTwentyOneAndWhiteOnWhiteIsOne() {
        assertThat(AccentContrast.againstWhite("#000000")).isCloseTo(21.0, within(0.01));
        assertThat(AccentContrast.againstWhite("#ffffff")).isCloseTo(1.0, within(0.001));
    }

    @Test
    void theProductsOwnTealPassesAndYellowDoesNot() {
        assertThat(AccentContrast.readable(Brand.DEFAULT_ACCENT)).isTrue();
        assertThat(AccentContrast.readable("#ffcc00")).isFalse();
        assertThat(AccentContrast.shown(AccentContrast.againstWhite("#ffcc00"))).isEqualTo("1.5");
        // #767676 is the classic lightest grey that passes AA on white; #777777 just fails
        assertThat(AccentContrast.readable("#767676")).isTrue();
        assertThat(AccentContrast.readable("#777777")).isFalse();
    }

    @Test
    void aRatioJustUnderTheLimitIsNeverShownAsTheLimit() {
        assertThat(AccentContrast.shown(4.49)).isEqualTo("4.4");
    }

    @Test
    void theSuggestionIsTheSameHueDarkEnoughToPass() {
        String darker = AccentContrast.darkerSuggestion("#ffcc00").orElseThrow();
        assertThat(AccentContrast.readable(darker)).isTrue();
        assertThat(darker).isNotEqualTo("#000000");
        assertThat(AccentContrast.darkerSuggestion("#0b5d63")).isEmpty();
    }
}
