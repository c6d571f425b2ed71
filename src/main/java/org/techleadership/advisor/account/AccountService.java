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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.account.internal.AppUserRepository;

/** Accounts: sign-in lookups, repeated-failure locks, creation by an admin, password changes. */
@Service
public class AccountService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** A user name has at most 100 characters (admin.NewAccountForm); typed with spaces around it, a little more. */
    private static final int MAX_USERNAME_TYPED = 120;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock = Clock.systemUTC();

    public AccountService(AppUserRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (username.length() > MAX_USERNAME_TYPED) {
            throw new UsernameNotFoundException("unknown"); // no account has a name this long: no query
        }
        AppUser user = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return new SignedIn(user, user.isLocked(Instant.now(clock)));
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
