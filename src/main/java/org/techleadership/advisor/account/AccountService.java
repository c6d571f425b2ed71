package org.techleadership.advisor.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.account.internal.AppUserRepository;

/**
 * Accounts: sign-in lookups, the account's count of wrong passwords in a row (the ceiling against a
 * guess spread over many addresses; {@link SignInAttempts} counts per address), creation by an admin,
 * password changes.
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock = Clock.systemUTC();

    public AccountService(AppUserRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    /** For {@link ThrottledSignIn}'s password check; a locked account is for SignInAttempts to weigh, not a refusal. */
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return new SignedIn(user);
    }

    /** True while the account is locked after {@link AppUser#MAX_FAILED_LOGINS} wrong passwords in a row. */
    @Transactional(readOnly = true)
    public boolean lockedByFailures(String username) {
        return users.findByUsernameIgnoreCase(username.strip()).map(user -> user.isLocked(Instant.now(clock)))
                .orElse(false);
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsernameIgnoreCase(String.valueOf(event.getAuthentication().getName()).strip())
                .ifPresent(user -> user.loginFailed(Instant.now(clock)));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedIn signedIn) {
            users.findById(signedIn.userId()).ifPresent(AppUser::loginSucceeded);
        }
    }

    @Transactional(readOnly = true)
    public List<AppUser> all() {
        return users.findAllByOrderByUsername();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<AppUser> find(long userId) {
        return users.findById(userId);
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return users.findByUsernameIgnoreCase(username.strip()).isPresent();
    }

    /** Creates an account; throws DataIntegrityViolationException when the user name is taken. */
    @Transactional
    public AppUser create(String username, String displayName, String practiceName, String password,
                          AppUser.Role role) {
        return users.saveAndFlush(new AppUser(username.strip(), displayName.strip(),
                practiceName == null || practiceName.isBlank() ? null : practiceName.strip(),
                passwords.encode(password), role, Instant.now(clock)));
    }

    /** True when the current password was right and the new one is stored. */
    @Transactional
    public boolean changePassword(long userId, String current, String replacement) {
        AppUser user = users.findById(userId).orElseThrow();
        if (!passwords.matches(current, user.getPasswordHash())) {
            return false;
        }
        user.changePassword(passwords.encode(replacement));
        return true;
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        users.findById(userId).ifPresent(user -> user.setEnabled(enabled));
    }

    @Transactional(readOnly = true)
    public boolean hasAdmin() {
        return users.existsByRole(AppUser.Role.ADMIN);
    }

    /** Creates the first admin unless one exists; false when another instance got there first. */
    @Transactional
    public boolean createFirstAdmin(String username, String password) {
        if (users.existsByRole(AppUser.Role.ADMIN)) {
            return false;
        }
        try {
            create(username, "Administrator", null, password, AppUser.Role.ADMIN);
            return true;
        } catch (DataIntegrityViolationException raced) {
            return false;
        }
    }

    public static String randomPassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
