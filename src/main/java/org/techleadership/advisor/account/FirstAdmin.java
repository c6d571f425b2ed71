package org.techleadership.advisor.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Makes sure there is an admin. The first one comes from ADVISOR_ADMIN_USERNAME and
 * ADVISOR_ADMIN_PASSWORD; when they are not set, from a random password printed once, at the
 * first start, in the log. There is never a default password.
 */
@Component
@EnableConfigurationProperties(FirstAdminProperties.class)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstAdmin(AccountService accounts, FirstAdminProperties settings) {
        this.accounts = accounts;
        this.username = settings.username();
        this.password = settings.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAdmin()) {
            return;
        }
        if (!password.isBlank()) {
            if (password.length() < AccountService.MIN_PASSWORD_LENGTH) {
                throw new IllegalStateException("ADVISOR_ADMIN_PASSWORD must have at least "
                        + AccountService.MIN_PASSWORD_LENGTH + " characters");
            }
            if (accounts.createFirstAdmin(username, password)) {
                log.info("Created the first admin account '{}' from ADVISOR_ADMIN_PASSWORD", username);
            }
            return;
        }
        String generated = AccountService.randomPassword();
        if (accounts.createFirstAdmin(username, generated)) {
            log.warn("""

                    ================================================================
                    First start: an admin account was created.
                      user name: {}
                      password:  {}
                    This is shown once. Sign in at /login and change it under "Change password".
                    ================================================================""", username, generated);
        }
    }
}
