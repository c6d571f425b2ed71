package org.techleadership.advisor.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who is looking at the page, as the layout's navigation needs it: read once per request from the
 * security context into the request attribute {@code viewer}. Six {@code sec:authorize} checks in
 * the layout had cost a tenth of a page's CPU, each building a security expression context.
 */
public record Viewer(boolean signedIn, boolean admin) {

    static final String ATTRIBUTE = "viewer";

    static Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new Viewer(false, false);
        }
        return new Viewer(true, authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority())));
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer, HandlerInterceptor {

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(this);
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            request.setAttribute(ATTRIBUTE, of(SecurityContextHolder.getContext().getAuthentication()));
            return true;
        }
    }
}
