package org.techleadership.advisor.sharing.cache;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.techleadership.advisor.assessment.AssessmentChanged;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.assessment.LinkToken;
import org.techleadership.advisor.catalogue.CostRange;
import org.techleadership.advisor.sharing.LinkOpenings;
import org.techleadership.advisor.sharing.RecommendationModel;
import org.techleadership.advisor.practice.Brand;
import org.techleadership.advisor.practice.BrandChanged;
import org.techleadership.advisor.practice.Brands;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Why it exists: a share page is read far more often than anything else and never changes unless
 * its assessment does, so the HTML rendered for anonymous readers is kept and served again (a
 * kept page costs a quarter of a rendered one). The assessment's version is its one "changed"
 * stamp: a change made on this instance drops the kept page at once (on commit, through
 * {@link AssessmentChanged}); a change made on another instance is found by reading the stamp
 * again, at most once a second per page, so a link withdrawn elsewhere stops showing within a second.
 * <p>
 * Runs first, before the metrics, session and security filters: a kept page is answered without
 * them, with the headers (security policy, noindex, cache control) they wrote when the page was
 * first rendered. Kept pages are counted in {@code advisor.share.page.kept}; a page rendered
 * afresh is timed in {@code http.server.requests} like any other. Timing every kept page cost
 * more than serving it.
 * <p>
 * A page of a consultant's client carries the practice's brand, so a kept page also holds the
 * brand's stamp ({@link Brand#stamp()}, the practice and its version) it was rendered with: when it
 * is checked again, so is the brand, and {@link BrandChanged} drops every branded page at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SharePageCache extends OncePerRequestFilter {

    private static final String PREFIX = "/r/";
    private static final int MAX_PAGES = 500;
    private static final String SECURE = "#https";

    /** The request attribute where the share page leaves the {@link Brand} it was rendered with. */
    public static final String RENDERED_WITH = SharePageCache.class.getName() + ".brand";

    private record Header(String name, String value) {}

    private record Page(long stamp, Long consultantId, String brandStamp, long checkedAt, String contentType,
                        List<Header> headers, byte[] body, LocalDate renderedOn) {

        Page checkedAgain(long now) {
            return new Page(stamp, consultantId, brandStamp, now, contentType, headers, body, renderedOn);
        }

        /** "Businesses like yours" is dated the day it was counted: a page kept from an earlier day is rendered again. */
        boolean ofToday() {
            return renderedOn.equals(LocalDate.now(ZoneOffset.UTC));
        }
    }

    private static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final AssessmentService assessments;
    private final Brands brands;
    private final String sessionCookie;
    private final Counter kept;
    private final Map<String, Page> pages = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > MAX_PAGES;
        }
    });

    private final LinkOpenings openings;

    SharePageCache(AssessmentService assessments, Brands brands, MeterRegistry meters, LinkOpenings openings,
                   @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        this.assessments = assessments;
        this.brands = brands;
        this.openings = openings;
        this.sessionCookie = sessionCookie;
        this.kept = Counter.builder("advisor.share.page.kept")
                .description("Share pages answered from the kept HTML").register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !isSharePage(request.getRequestURI(), request.getContextPath().length())
                || signedIn(request);
    }

    /** Whether the path is {@code /r/} and something shaped like a token. */
    static boolean isSharePage(String uri, int from) {
        return uri.startsWith(PREFIX, from) && LinkToken.looksValid(uri.substring(from + PREFIX.length()));
    }

    /** A signed-in consultant sees their own navigation on the page: never cache or serve that. */
    private boolean signedIn(HttpServletRequest request) {
        return WebUtils.getCookie(request, sessionCookie) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        long now = System.nanoTime();
        // a page first rendered over plain HTTP lacks HSTS: pages read over HTTPS are kept apart; and each
        // region's cost figures (chosen, or from the reader's language) are a page of their own
        String key = key(token, RecommendationModel.costRegion(request, null), request.isSecure());
        Page page = pages.get(key);
        if (page != null && now - page.checkedAt() < RECHECK_NANOS && page.ofToday()) {
            send(token, page, response);
            return;
        }
        Optional<Long> stamps;
        try {
            stamps = assessments.stamp(token);
        } catch (DataAccessException unavailable) {
            chain.doFilter(request, response); // the page itself then answers with the usual 503 page
            return;
        }
        if (stamps.isEmpty()) {
            chain.doFilter(request, response); // unknown: the controller answers 404
            return;
        }
        long stamp = stamps.get();
        if (page != null && page.stamp() == stamp && page.ofToday()
                && brands.ofConsultant(page.consultantId()).stamp().equals(page.brandStamp())) {
            pages.put(key, page.checkedAgain(now));
            send(token, page, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        String type = captured.getContentType();
        if (captured.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                && captured.getHeader("Set-Cookie") == null
                && request.getAttribute(RENDERED_WITH) instanceof Brand brand) {
            pages.put(key, new Page(stamp, brand.consultantId(), brand.stamp(), now, type, headersOf(captured),
                    captured.getContentAsByteArray(), LocalDate.now(ZoneOffset.UTC)));
        }
        captured.copyBodyToResponse();
    }

    private static String key(String token, String region, boolean secure) {
        return token + "#" + region + (secure ? SECURE : "");
    }

    private void send(String token, Page page, HttpServletResponse response) throws IOException {
        kept.increment();
        openings.opened(token, LinkOpenings.Kind.SHARE); // only anonymous readers come this way
        response.setStatus(HttpServletResponse.SC_OK);
        for (Header header : page.headers()) {
            response.addHeader(header.name(), header.value());
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(AssessmentChanged changed) {
        for (String region : CostRange.REGIONS) {
            pages.remove(key(changed.token(), region, false));
            pages.remove(key(changed.token(), region, true));
        }
    }

    /** A brand changed: every page of a consultant's client goes (brand changes are rare; pages are cheap). */
    @Order(Ordered.LOWEST_PRECEDENCE)
    @TransactionalEventListener(fallbackExecution = true)
    void forget(BrandChanged changed) {
        synchronized (pages) {
            pages.values().removeIf(page -> page.consultantId() != null);
        }
    }

    /**
     * The headers to send again with the kept page; length and type are set from the page itself.
     * The language is not among them: it followed the first reader's Accept-Language.
     */
    private static List<Header> headersOf(HttpServletResponse response) {
        List<Header> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length")
                    || name.equalsIgnoreCase("Set-Cookie") || name.equalsIgnoreCase("Date")) {
                continue;
            }
            for (String value : response.getHeaders(name)) {
                headers.add(new Header(name, value));
            }
        }
        return List.copyOf(headers);
    }
}
