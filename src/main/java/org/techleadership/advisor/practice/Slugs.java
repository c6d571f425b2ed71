package org.techleadership.advisor.practice;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A practice's slug (its future /p/{slug} link): lower-case letters, digits and single hyphens. */
final class Slugs {

    static final int MAX_LENGTH = 60;
    static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** "Café & Co." → "cafe-co"; a name with nothing to keep gives "practice". */
    static String of(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)).replaceAll("");
        String slug = OTHER.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.length() < 2 ? "practice" : slug;
    }

    /** The n-th try at a free slug: "acme", then "acme-2", "acme-3"… */
    static String attempt(String slug, int n) {
        if (n <= 1) {
            return slug;
        }
        String suffix = "-" + n;
        String base = slug.length() + suffix.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH - suffix.length()) : slug;
        return base.replaceAll("-+$", "") + suffix;
    }
}
