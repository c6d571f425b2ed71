package org.techleadership.advisor.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which region's published cost ranges a visitor sees: the one they chose (?region=, then the
 * cookie their choice left), else the one their browser's language suggests: English of Great
 * Britain, Ireland's English aside, is UK; a language of the euro area (German, French, Spanish,
 * Italian, Dutch, Portuguese, Finnish, Greek, ...) is the euro area; anything else, American English
 * included, is US, the region with figures for every role.
 */
public final class CostRegions {

    public static final String PARAMETER = "region";
    public static final String COOKIE = "region";
    public static final String DEFAULT = "US";

    private static final Set<String> EURO_LANGUAGES = Set.of("de", "fr", "es", "it", "nl", "pt", "fi", "el", "et",
            "lv", "lt", "sk", "sl", "mt", "ga", "hr", "ca", "eu", "gl", "lb");

    private CostRegions() {
    }

    /** The region for a request: its parameter, else its cookie, else its Accept-Language header. */
    public static String of(String parameter, String cookie, String acceptLanguage) {
        String chosen = known(parameter);
        if (chosen == null) {
            chosen = known(cookie);
        }
        return chosen != null ? chosen : fromLanguage(acceptLanguage);
    }

    /** UK, US or EU when the text names one (any case), else null. */
    public static String known(String region) {
        if (region == null) {
            return null;
        }
        String upper = region.strip().toUpperCase(Locale.ROOT);
        return CostRange.REGIONS.contains(upper) ? upper : null;
    }

    /** The region the browser's preferred language suggests: the first range that names one. */
    public static String fromLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException unreadable) {
            return DEFAULT;
        }
        for (Locale.LanguageRange range : ranges) {
            String[] tag = range.getRange().toLowerCase(Locale.ROOT).split("-");
            String language = tag[0];
            String country = tag.length > 1 ? tag[1] : "";
            if (language.equals("en")) {
                if (country.equals("gb") || country.equals("uk")) {
                    return "UK";
                }
                if (country.equals("ie")) {
                    return "EU";
                }
                return DEFAULT;
            }
            if (EURO_LANGUAGES.contains(language)) {
                return "EU";
            }
        }
        return DEFAULT;
    }
}
