package org.techleadership.advisor.system;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one noindex rule: search engines may index the landing page, the role comparison and the privacy page, and
 * nothing else (share links, questionnaires, the API, sign-in, the consultant and admin areas,
 * error pages). The rule sends {@code X-Robots-Tag} and tells the layout to add its robots meta tag.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class NoIndex extends OncePerRequestFilter {

    /** The request attribute the layout reads ({@code ${noindex}}). */
    public static final String ATTRIBUTE = "noindex";
    private static final Set<String> INDEXABLE = Set.of("/", "/roles", "/privacy");

    static boolean indexable(String path) {
        return INDEXABLE.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!indexable(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
            request.setAttribute(ATTRIBUTE, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }
}
