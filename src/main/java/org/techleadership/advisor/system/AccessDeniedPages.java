package org.techleadership.advisor.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.WebUtils;

/**
 * A 403 has two causes a person should tell apart: a form whose CSRF token no longer matches
 * ("this form has expired") and a page their account may not open. The handler marks which, and
 * the error page model carries it as "reason".
 */
@Component
public class AccessDeniedPages extends DefaultErrorAttributes implements AccessDeniedHandler {

    private static final String REASON = AccessDeniedPages.class.getName() + ".reason";

    private final String sessionCookie;

    AccessDeniedPages(@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof CsrfException && request.getSession(false) == null && endedSession(request)) {
            // the form's token was held by a sign-in that has ended (switched off, signed out
            // elsewhere, too old): say "sign in" rather than "this form has expired"
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        request.setAttribute(REASON, denied instanceof CsrfException ? "expired" : "forbidden");
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private boolean endedSession(HttpServletRequest request) {
        return WebUtils.getCookie(request, sessionCookie) != null;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object reason = request.getAttribute(REASON, RequestAttributes.SCOPE_REQUEST);
        if (reason != null) {
            attributes.put("reason", reason);
        }
        return attributes;
    }
}
