package org.techleadership.advisor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The region of the cost figures: chosen, else remembered, else from the browser's language. */
class CostRegionsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "en-GB,en;q=0.9|UK", "en-gb|UK", "en-US,en;q=0.9|US", "en|US", "de-DE,de;q=0.9|EU", "fr|EU",
            "es-ES|EU", "it|EU", "nl-NL|EU", "pt-PT|EU", "fi|EU", "en-IE|EU", "ja-JP|US", "zh-CN,zh;q=0.9|US",
            "ja,de;q=0.5|EU", "'   '|US", "not a language;;;|US"})
    void theBrowsersLanguageSuggestsARegion(String acceptLanguage, String region) {
        assertThat(CostRegions.of(null, null, acceptLanguage)).isEqualTo(region);
    }

    @Test
    void noLanguageAtAllIsTheDefault() {
        assertThat(CostRegions.of(null, null, null)).isEqualTo("US");
    }

    @Test
    void theParameterOverridesTheCookieAndTheCookieTheLanguage() {
        assertThat(CostRegions.of("eu", "UK", "en-US")).isEqualTo("EU");
        assertThat(CostRegions.of(null, "UK", "en-US")).isEqualTo("UK");
        assertThat(CostRegions.of("MARS", "nonsense", "en-GB")).isEqualTo("UK");
    }
}
