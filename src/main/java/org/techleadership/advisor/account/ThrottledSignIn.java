package org.techleadership.advisor.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The sign-in form's one authentication: {@link SignInAttempts} decides first whether this user name
 * may be tried from this address at all, then Spring Security's own provider checks the password
 * (the same work for unknown names as for known ones). A refusal fails like a wrong password.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final AccountService accounts;
    private final SignInAttempts attempts;
    private final DaoAuthenticationProvider passwords;

    ThrottledSignIn(AccountService accounts, SignInAttempts attempts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.passwords = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = String.valueOf(request.getName());
        if (attempts.refused(username, SignInAttempts.remoteAddress(request), accounts.lockedByFailures(username))) {
            throw new LockedException("Too many wrong passwords for this name from this address");
        }
        return passwords.authenticate(request);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
