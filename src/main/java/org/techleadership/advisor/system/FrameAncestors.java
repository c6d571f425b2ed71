package org.techleadership.advisor.system;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one exception to "no page may be framed": a page a practice lets its own websites show
 * (its questionnaire link, /p/{slug}). Its handler calls {@link #allow}, which sets the page's
 * Content-Security-Policy with {@code frame-ancestors 'self'} and those origins (the rest of the
 * policy as everywhere) and marks the request, so that no {@code X-Frame-Options: DENY} is added.
 * Spring Security's header writers run when the response commits, after the handler, and leave a
 * Content-Security-Policy already set alone; {@link SecurityConfig} skips DENY for a marked request.
 */
public final class FrameAncestors {

    private static final String ALLOWED = FrameAncestors.class.getName() + ".ALLOWED";
    // what practice.EmbedOrigins stores; anything else (a ';', a space, a path) never enters the policy
    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9.-]+(:[0-9]{1,5})?");

    private FrameAncestors() {
    }

    /** Lets these origins frame this response; with none, the page stays unframable like every other. */
    public static void allow(HttpServletRequest request, HttpServletResponse response, List<String> origins) {
        List<String> valid = origins.stream().filter(origin -> ORIGIN.matcher(origin).matches()).toList();
        if (valid.isEmpty()) {
            return;
        }
        response.setHeader("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY
                .replace("frame-ancestors 'none'", "frame-ancestors 'self' " + String.join(" ", valid)));
        request.setAttribute(ALLOWED, Boolean.TRUE);
    }

    static boolean allowed(HttpServletRequest request) {
        return request.getAttribute(ALLOWED) != null;
    }
}
