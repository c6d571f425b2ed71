package org.techleadership.advisor.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens bound to the visitor, still without sticky sessions:
 * <ul>
 * <li>a visitor with a session (a signed-in consultant or admin) has the token in the session,
 *     which lives in the database like the session itself, so a cookie and token planted by
 *     someone else are worth nothing against their account;</li>
 * <li>an anonymous visitor has it in a cookie (double submit): over HTTPS a {@code __Host-} cookie,
 *     which the browser accepts only from this very origin over HTTPS (no subdomain, no plain-HTTP
 *     page can set or replace it); over plain HTTP (a laptop, a test) the ordinary cookie.</li>
 * </ul>
 * Public pages create no session, so which store applies is decided by whether the request has one.
 */
final class VisitorCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "XSRF-TOKEN";
    static final String HOST_COOKIE = "__Host-XSRF-TOKEN";

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository plain = new CookieCsrfTokenRepository();
    private final CookieCsrfTokenRepository host = new CookieCsrfTokenRepository();

    VisitorCsrfTokens() {
        plain.setCookieName(COOKIE);
        host.setCookieName(HOST_COOKIE);
        host.setCookiePath("/");
        host.setCookieCustomizer(cookie -> cookie.secure(true));
    }

    private CsrfTokenRepository storeFor(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            return sessions;
        }
        return request.isSecure() ? host : plain;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        storeFor(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return storeFor(request).loadToken(request);
    }
}
