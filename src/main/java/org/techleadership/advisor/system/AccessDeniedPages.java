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
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * A 403 has two causes a person should tell apart: a form whose CSRF token no longer matches
 * ("this form has expired") and a page their account may not open. The handler marks which, and
 * the error page model carries it as "reason".
 */
@Component
public class AccessDeniedPages extends DefaultErrorAttributes implements AccessDeniedHandler {

    private static final String REASON = AccessDeniedPages.class.getName() + ".reason";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        request.setAttribute(REASON, denied instanceof CsrfException ? "expired" : "forbidden");
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
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
