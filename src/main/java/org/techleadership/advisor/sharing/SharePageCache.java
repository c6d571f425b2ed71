package org.techleadership.advisor.sharing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A share page never changes unless its consultant gives advice or withdraws it, so the HTML
 * rendered for anonymous readers is kept and served again. Every request still asks the database
 * for the assessment's state (one indexed row), so a change made on any instance shows at once.
 * <p>
 * Runs before the session and security filters: a kept page is answered without them, with the
 * headers (security policy, noindex, cache control) they wrote when the page was first rendered.
 * It runs after the metrics filter, so kept pages still count in {@code http.server.requests}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SharePageCache extends OncePerRequestFilter {

    private static final String PREFIX = "/r/";
    private static final int MAX_PAGES = 500;

    private record Header(String name, String value) {}

    private record Page(String stamp, String contentType, List<Header> headers, byte[] body) {}

    private final JdbcTemplate jdbc;
    private final Map<String, Page> pages = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > MAX_PAGES;
        }
    });

    public SharePageCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !isSharePage(request.getRequestURI(), request.getContextPath().length())
                || signedIn(request);
    }

    /** Whether the path is {@code /r/} and something shaped like a token. */
    static boolean isSharePage(String uri, int from) {
        return uri.startsWith(PREFIX, from) && ShareToken.looksValid(uri.substring(from + PREFIX.length()));
    }

    /** A signed-in consultant sees their own navigation on the page: never cache or serve that. */
    private static boolean signedIn(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("SESSION".equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        List<String> stamps = jdbc.query("SELECT advice_code, advice_at, revoked_at FROM assessment WHERE token = ?",
                (rs, n) -> rs.getString(1) + "|" + rs.getTimestamp(2) + "|" + rs.getTimestamp(3), token);
        if (stamps.isEmpty()) {
            chain.doFilter(request, response); // unknown: the controller answers 404
            return;
        }
        String stamp = stamps.get(0);
        Page page = pages.get(token);
        if (page != null && page.stamp().equals(stamp)) {
            response.setStatus(HttpServletResponse.SC_OK);
            for (Header header : page.headers()) {
                response.addHeader(header.name(), header.value());
            }
            response.setContentType(page.contentType());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        String type = captured.getContentType();
        if (captured.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                && captured.getHeader("Set-Cookie") == null) {
            pages.put(token, new Page(stamp, type, headersOf(captured), captured.getContentAsByteArray()));
        }
        captured.copyBodyToResponse();
    }

    /** The headers to send again with the kept page; length and type are set from the page itself. */
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
