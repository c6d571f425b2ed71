package org.techleadership.advisor.consultant;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The app's address for links in e-mails: as the current request sees it (behind a proxy, its
 * public address), or advisor.public-url for mails sent outside a request (reminders).
 */
@Component
class PublicAddress {

    private final String configured;

    PublicAddress(org.springframework.core.env.Environment env) {
        this.configured = env.getProperty("advisor.public-url", "http://localhost:8080").replaceAll("/+$", "");
    }

    String base() {
        return RequestContextHolder.getRequestAttributes() == null ? configured
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
