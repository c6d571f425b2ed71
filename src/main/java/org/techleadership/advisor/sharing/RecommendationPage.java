package org.techleadership.advisor.sharing;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The model every page showing a stored recommendation needs, filled in one place. */
public final class RecommendationPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private RecommendationPage() {
    }

    public static void fill(Model model, StoredAssessment stored) {
        model.addAttribute("view", stored.view());
        model.addAttribute("assessment", stored.assessment());
        model.addAttribute("createdDate", DATE.format(stored.assessment().getCreatedAt()));
        model.addAttribute("shareUrl", shareUrl(stored.assessment().getToken()));
        model.addAttribute("noindex", true);
    }

    public static String apiUrl(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/assessments/{token}")
                .buildAndExpand(token).toUriString();
    }

    public static String shareUrl(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/r/{token}").buildAndExpand(token)
                .toUriString();
    }
}
