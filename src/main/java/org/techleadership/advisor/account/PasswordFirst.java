package org.techleadership.advisor.account;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Whoever signed in with a password made for them (an admin's one-time password, the first start's
 * generated one) chooses their own before anything else: every request but the change page, its
 * form, signing out and the static files goes to {@code /account/password}, which says why. Runs
 * after Spring Security, so it sees who is signed in.
 */
@Component
class PasswordFirst extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    private static final Set<String> ALLOWED = Set.of(PAGE, "/logout", "/login", "/favicon.svg");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedIn me && me.mustChangePassword()
                && !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return ALLOWED.contains(path) || path.startsWith("/css/");
    }
}
