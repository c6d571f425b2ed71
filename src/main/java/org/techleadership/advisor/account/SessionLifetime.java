package org.techleadership.advisor.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sign-in lasts {@code advisor.sessions.absolute-lifetime} at most, counted from the session's
 * creation, however active it is: an older session is ended here, after Spring Session has read
 * it and before Spring Security trusts it, and a signed-in one is sent to the sign-in page, which
 * says why.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
@EnableConfigurationProperties(SessionProperties.class)
class SessionLifetime extends OncePerRequestFilter {

    private final long lifetimeMillis;

    SessionLifetime(SessionProperties settings) {
        this.lifetimeMillis = settings.absoluteLifetime().toMillis();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > lifetimeMillis) {
            boolean signedIn = session.getAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
            session.invalidate();
            if (signedIn) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
