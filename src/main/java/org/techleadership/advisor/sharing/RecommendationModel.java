package org.techleadership.advisor.sharing;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.PeerFigure;
import org.techleadership.advisor.assessment.PeerFigures;

/** The model every page showing a stored recommendation needs, filled in one place. */
public final class RecommendationModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private RecommendationModel() {
    }

    public static void fill(Model model, AssessmentResult stored) {
        model.addAttribute("view", stored.view());
        model.addAttribute("assessment", stored.assessment());
        model.addAttribute("createdDate", DATE.format(stored.assessment().getCreatedAt()));
        model.addAttribute("shareUrl", shareUrl(stored.assessment().getToken()));
        model.addAttribute("preparedBy", stored.preparedBy());
        model.addAttribute("advice", stored.advice());
        // the advised role in full, as it was when advised: only for advice of another role
        model.addAttribute("advisedProfile", stored.advisedProfile());
        // link previews name the role only: never the client, the consultant's reason or the answers
        AssessmentResult.Advice advice = stored.advice();
        model.addAttribute("ogTitle", "Recommended: " + (advice != null ? advice.name()
                : stored.view().primaryProfile().name()));
        model.addAttribute("ogDescription", advice != null ? "A technology-leadership recommendation"
                : stored.view().primaryProfile().summary());
    }

    /**
     * As above, with "Businesses like yours" ({@code peers}, null when not shown, and {@code peersDate},
     * the day it was counted): the stored recommendation does not hold it, every page works it out.
     */
    public static void fill(Model model, AssessmentResult stored, PeerFigures peers) {
        fill(model, stored);
        PeerFigure figure = peers.around(stored).orElse(null);
        model.addAttribute("peers", figure);
        model.addAttribute("peersDate", figure == null ? null : DATE.format(figure.asOf()));
    }

    public static String apiUrl(String token) {
        return apiUrl(ServletUriComponentsBuilder.fromCurrentContextPath(), token);
    }

    public static String shareUrl(String token) {
        return shareUrl(ServletUriComponentsBuilder.fromCurrentContextPath(), token);
    }

    /** The same, from the public address of a request already read (off the request's thread). */
    public static String apiUrl(UriComponentsBuilder base, String token) {
        return base.cloneBuilder().path("/api/v1/assessments/{token}").buildAndExpand(token).toUriString();
    }

    public static String shareUrl(UriComponentsBuilder base, String token) {
        return base.cloneBuilder().path("/r/{token}").buildAndExpand(token).toUriString();
    }
}
