package org.techleadership.advisor.practice;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * WCAG 2.x contrast of an accent colour against white. Pages put white text on the accent (buttons)
 * and the accent on white (links), so both need 4.5:1 (AA for normal text).
 */
public final class AccentContrast {

    public static final double REQUIRED = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private AccentContrast() {
    }

    public static boolean isHex(String colour) {
        return colour != null && HEX.matcher(colour).matches();
    }

    /** The contrast ratio of #rrggbb against white, from 1 (none) to 21. */
    public static double againstWhite(String hex) {
        return (1.0 + 0.05) / (luminance(hex) + 0.05);
    }

    /** The ratio as shown: rounded down to one decimal, so a refused colour never reads as 4.5. */
    public static String shown(double ratio) {
        return String.format(Locale.ROOT, "%.1f", Math.floor(ratio * 10) / 10);
    }

    public static boolean readable(String hex) {
        return againstWhite(hex) >= REQUIRED;
    }

    /** The same hue darkened just enough to pass, to suggest; empty when it passes already. */
    public static Optional<String> darkerSuggestion(String hex) {
        if (readable(hex)) {
            return Optional.empty();
        }
        int[] rgb = rgb(hex);
        for (int percent = 98; percent > 0; percent -= 2) {
            String candidate = hex(scale(rgb[0], percent), scale(rgb[1], percent), scale(rgb[2], percent));
            if (readable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.of("#000000");
    }

    /** Mixes #rrggbb with black (weight 0..1 of black) or white: for the hover and tint shades. */
    public static String mix(String hex, String with, double weight) {
        int[] a = rgb(hex);
        int[] b = rgb(with);
        return hex((int) Math.round(a[0] * (1 - weight) + b[0] * weight),
                (int) Math.round(a[1] * (1 - weight) + b[1] * weight),
                (int) Math.round(a[2] * (1 - weight) + b[2] * weight));
    }

    static double luminance(String hex) {
        int[] rgb = rgb(hex);
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int[] rgb(String hex) {
        if (!isHex(hex)) {
            throw new IllegalArgumentException("not #rrggbb: " + hex);
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }

    private static int scale(int channel, int percent) {
        return channel * percent / 100;
    }

    private static String hex(int r, int g, int b) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
