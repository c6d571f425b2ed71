package org.techleadership.advisor.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * advisor.admin.*: the first admin, from ADVISOR_ADMIN_USERNAME and ADVISOR_ADMIN_PASSWORD. An empty
 * password means "generate a one-time one and show it once on the console"; there is never a
 * default password.
 */
@ConfigurationProperties("advisor.admin")
record FirstAdminProperties(@DefaultValue("admin") String username, String password) {

    FirstAdminProperties {
        password = password == null ? "" : password;
    }

    /** Never the password, should the settings ever be printed or logged. */
    @Override
    public String toString() {
        return "FirstAdminProperties[username=" + username + ", password=" + (password.isEmpty() ? "(none)" : "(set)")
                + "]";
    }
}
