package org.techleadership.advisor.account;

import java.io.PrintStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Makes sure there is an admin. The first one comes from ADVISOR_ADMIN_USERNAME and
 * ADVISOR_ADMIN_PASSWORD, which must pass the {@link PasswordPolicy}; when they are not set, from
 * a random one-time password shown once on the console (standard output, never through the
 * logging system, so never in a log file), which must be changed at the first sign-in. There is
 * never a default password.
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
        if (!password.isEmpty()) {
            PasswordPolicy.check(password, username).ifPresent(problem -> {
                throw new IllegalStateException("ADVISOR_ADMIN_PASSWORD is not accepted: " + explain(problem));
            });
            if (accounts.createFirstAdmin(username, password, false)) {
                log.info("Created the first admin account '{}' from ADVISOR_ADMIN_PASSWORD", username);
            }
            return;
        }
        String generated = AccountService.randomPassword();
        if (accounts.createFirstAdmin(username, generated, true)) {
            log.warn("First start: created the admin account '{}'. Its one-time password is on the console "
                    + "(standard output) only, and must be changed at the first sign-in.", username);
            PrintStream console = System.out;
            console.println("""

                    ================================================================
                    First start: an admin account was created.
                      user name: %s
                      password:  %s
                    This is shown once, here only. Sign in at /login: you will be
                    asked to choose your own password before anything else.
                    ================================================================
                    """.formatted(username, generated));
            console.flush();
        }
    }

    private String explain(PasswordPolicy.Problem problem) {
        return switch (problem) {
            case TOO_SHORT -> "it must have at least " + PasswordPolicy.MIN_LENGTH + " characters";
            case TOO_LONG -> "it must have at most " + PasswordPolicy.MAX_LENGTH + " characters";
            case ONLY_SPACES -> "it cannot be only spaces";
            case COMMON -> "it is one of the most common passwords, or one with digits or symbols added, "
                    + "a keyboard row or a sequence";
            case CONTAINS_USERNAME -> "it contains the user name '" + username + "'";
        };
    }
}
