package org.techleadership.advisor.practice;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** What Bean Validation cannot see in a {@link PracticeForm}: the accent's contrast, the booking link, the origins. */
final class PracticeValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return PracticeForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        PracticeForm form = (PracticeForm) target;
        accent(form.getAccent(), errors);
        bookingUrl(form.getBookingUrl(), errors);
        origins(form.getEmbedOrigins(), errors);
    }

    private static void accent(String accent, Errors errors) {
        if (accent == null || accent.isEmpty() || errors.hasFieldErrors("accent")) {
            return;
        }
        if (!AccentContrast.isHex(accent)) {
            errors.rejectValue("accent", "practice.accent.pattern");
            return;
        }
        double ratio = AccentContrast.againstWhite(accent);
        if (ratio < AccentContrast.REQUIRED) {
            errors.rejectValue("accent", "practice.accent.contrast", new Object[] {accent.toLowerCase(Locale.ROOT),
                    AccentContrast.shown(ratio), AccentContrast.darkerSuggestion(accent).orElse("")}, null);
        }
    }

    private static void bookingUrl(String url, Errors errors) {
        if (url == null || url.isEmpty() || errors.hasFieldErrors("bookingUrl")) {
            return;
        }
        if (!isHttpsLink(url)) {
            errors.rejectValue("bookingUrl", "practice.bookingUrl.https");
        }
    }

    static boolean isHttpsLink(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null
                    && url.regionMatches(true, 0, "https://", 0, 8);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void origins(String typed, Errors errors) {
        if (errors.hasFieldErrors("embedOrigins")) {
            return;
        }
        List<String> lines = EmbedOrigins.lines(typed);
        if (lines.size() > EmbedOrigins.MAX) {
            errors.rejectValue("embedOrigins", "practice.embedOrigins.tooMany", new Object[] {EmbedOrigins.MAX}, null);
            return;
        }
        for (String line : lines) {
            if (EmbedOrigins.origin(line).isEmpty()) {
                errors.rejectValue("embedOrigins", "practice.embedOrigins.invalid", new Object[] {line}, null);
                return;
            }
        }
    }
}
