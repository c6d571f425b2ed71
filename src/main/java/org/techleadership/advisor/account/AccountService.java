package org.techleadership.advisor.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
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
 * password changes. A change that must take an account's access away (switched off, a new or
 * one-time password, too many wrong current passwords) ends its signed-in sessions once committed
 * ({@link SignInSessions}).
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    /** A user name has at most 100 characters (admin.NewAccountForm); typed with spaces around it, a little more. */
    private static final int MAX_USERNAME_TYPED = 120;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a change of one's own password ended. */
    public enum PasswordChange {
        CHANGED,
        /** The current password was wrong; counted like a failed sign-in. */
        CURRENT_WRONG,
        /** The current password was wrong once too often: the account is locked, its sessions ended. */
        LOCKED,
        /** The new password is the current one. */
        SAME_AS_CURRENT
    }

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    public AccountService(AppUserRepository users, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
    }

    /** For {@link ThrottledSignIn}'s password check; a locked account is for SignInAttempts to weigh, not a refusal. */
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (username.length() > MAX_USERNAME_TYPED) {
            throw new UsernameNotFoundException("unknown"); // no account has a name this long: no query
        }
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

    /** The address a consultant's notices go to; blank stops them. */
    @Transactional
    public void notifyAt(long userId, String address) {
        users.findById(userId).ifPresent(user -> user.notifyAt(address));
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> find(long userId) {
        return users.findById(userId);
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return users.findByUsernameIgnoreCase(username.strip()).isPresent();
    }

    /**
     * Creates an account with a password chosen for it, which must pass the {@link PasswordPolicy};
     * throws DataIntegrityViolationException when the user name is taken.
     */
    @Transactional
    public AppUser create(String username, String displayName, String practiceName, String password,
                          AppUser.Role role) {
        PasswordPolicy.require(password, username.strip());
        String practice = practiceName == null || practiceName.isBlank() ? null : practiceName.strip();
        AppUser user = users.saveAndFlush(new AppUser(username.strip(), displayName.strip(), practice,
                passwords.encode(password), role, Instant.now(clock)));
        if (practice != null) {
            events.publishEvent(new PracticeNamed(user.getId(), practice)); // the practice module makes it, now
        }
        return user;
    }

    /** The consultant joins this practice (null: none); the practice module checks that it exists. */
    @Transactional
    public void joinPractice(long userId, Long practiceId, String practiceName) {
        users.findById(userId).ifPresent(user -> user.joinPractice(practiceId, practiceName));
    }

    /** The consultants of a practice, by user name. */
    @Transactional(readOnly = true)
    public List<AppUser> membersOf(long practiceId) {
        return users.findByPracticeIdOrderByUsername(practiceId);
    }

    /**
     * An admin creates an account: its first password is made here and returned to be shown once;
     * the account must choose its own at its first sign-in. Throws DataIntegrityViolationException
     * when the user name is taken.
     */
    @Transactional
    public String createWithOneTimePassword(String username, String displayName, String practiceName,
                                            AppUser.Role role) {
        String password = randomPassword();
        create(username, displayName, practiceName, password, role).requireNewPassword();
        return password;
    }

    /**
     * One's own new password, after proving the current one. A wrong current password counts as a
     * failed sign-in. The account's other sessions end; {@code thisSessionId} stays signed in.
     * The new password must already have passed the {@link PasswordPolicy}.
     */
    @Transactional
    public PasswordChange changePassword(long userId, String current, String replacement, String thisSessionId) {
        AppUser user = users.findById(userId).orElseThrow();
        if (!passwords.matches(current, user.getPasswordHash())) {
            if (user.currentPasswordWrong(Instant.now(clock))) {
                events.publishEvent(new SignInSessions.EndRequested(user.getUsername(), null));
                return PasswordChange.LOCKED;
            }
            return PasswordChange.CURRENT_WRONG;
        }
        if (replacement.equals(current)) {
            return PasswordChange.SAME_AS_CURRENT;
        }
        PasswordPolicy.require(replacement, user.getUsername());
        user.changePassword(passwords.encode(replacement));
        events.publishEvent(new SignInSessions.EndRequested(user.getUsername(), thisSessionId));
        return PasswordChange.CHANGED;
    }

    /**
     * An admin's reset: a new password made here, returned to be shown once and changed at the next
     * sign-in. It lifts a lock and ends the account's sessions. Empty for an unknown account.
     */
    @Transactional
    public Optional<String> issueOneTimePassword(long userId) {
        return users.findById(userId).map(user -> {
            String password = randomPassword();
            user.issueOneTimePassword(passwords.encode(password));
            events.publishEvent(new SignInSessions.EndRequested(user.getUsername(), null));
            return password;
        });
    }

    /** Lifts a lock from repeated wrong passwords before its time. */
    @Transactional
    public void unlock(long userId) {
        users.findById(userId).ifPresent(AppUser::unlock);
    }

    /** Switching an account off also signs it out everywhere, at once. */
    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        users.findById(userId).ifPresent(user -> {
            user.setEnabled(enabled);
            if (!enabled) {
                events.publishEvent(new SignInSessions.EndRequested(user.getUsername(), null));
            }
        });
    }

    @Transactional(readOnly = true)
    public boolean hasAdmin() {
        return users.existsByRole(AppUser.Role.ADMIN);
    }

    /**
     * Creates the first admin unless one exists; false when another instance got there first.
     * {@code oneTime}: the password was made, not chosen, and must be changed at the first sign-in.
     */
    @Transactional
    public boolean createFirstAdmin(String username, String password, boolean oneTime) {
        if (users.existsByRole(AppUser.Role.ADMIN)) {
            return false;
        }
        try {
            AppUser admin = create(username, "Administrator", null, password, AppUser.Role.ADMIN);
            if (oneTime) {
                admin.requireNewPassword();
            }
            return true;
        } catch (DataIntegrityViolationException raced) {
            return false;
        }
    }

    /** 120 random bits, 20 URL-safe characters: always passes the {@link PasswordPolicy}. */
    public static String randomPassword() {
        String password;
        do { // a draw that happens to look like a word with digits around it is drawn again
            byte[] bytes = new byte[15];
            RANDOM.nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (PasswordPolicy.guessable(password));
        return password;
    }
}
