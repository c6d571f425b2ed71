package org.techleadership.advisor.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/** A person who signs in: a consultant, or an admin who also manages the accounts. */
@Entity
@Table(name = "app_user")
public class AppUser {

    public enum Role { CONSULTANT, ADMIN }

    /** What an admin sees: switched off wins over locked, locked over active. */
    public enum Status { ACTIVE, LOCKED, SWITCHED_OFF }

    /**
     * After this many wrong passwords in a row, from any addresses, the account is locked for
     * {@link #LOCK_MINUTES} minutes: then only addresses that have not failed on it may try
     * ({@link SignInAttempts}); five from one address pause only that address.
     */
    static final int MAX_FAILED_LOGINS = 50;

    /**
     * Wrong current passwords (on Change password, from a signed-in session) lock the account after
     * this many in a row, counted with the wrong sign-in passwords: whoever holds a session gets no
     * more guesses than a stranger at one address.
     */
    static final int MAX_WRONG_CURRENT_PASSWORDS = 5;
    static final int LOCK_MINUTES = 15;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    /** The practice whose brand this consultant's clients see (practice module); null: none. */
    private Long practiceId;
    /** Its name, read with the account (the old practice_name column is no longer read: V15 moved it). */
    @Formula("(select p.name from practice p where p.id = practice_id)")
    private String practiceName;
    private String notifyEmail;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private boolean enabled;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant createdAt;
    /** Set when the password was made for the account (one-time or first start): it must choose its own. */
    private boolean mustChangePassword;

    protected AppUser() {
    }

    /** The practice name is kept in memory only: {@link PracticeNamed} asks the practice module to make it. */
    public AppUser(String username, String displayName, String practiceName, String passwordHash, Role role,
                   Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.practiceName = practiceName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = now;
    }

    /** Counts a wrong password; true when this one locked the account. */
    boolean loginFailed(Instant now) {
        return failed(now, MAX_FAILED_LOGINS);
    }

    /** Counts a wrong current password (with the sign-in failures); true when this one locked the account. */
    boolean currentPasswordWrong(Instant now) {
        return failed(now, MAX_WRONG_CURRENT_PASSWORDS);
    }

    private boolean failed(Instant now, int limit) {
        failedLogins++;
        if (failedLogins >= limit) {
            lockedUntil = now.plusSeconds(LOCK_MINUTES * 60L);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void unlock() {
        loginSucceeded();
    }

    /** The account's own choice, made after proving the current password. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        loginSucceeded();
    }

    /** A password made for the account, to be replaced at its next sign-in; it also lifts a lock. */
    void issueOneTimePassword(String newHash) {
        this.passwordHash = newHash;
        requireNewPassword();
        loginSucceeded();
    }

    /** The password it has now was made for it: the next sign-in must choose its own first. */
    void requireNewPassword() {
        this.mustChangePassword = true;
    }

    public Status statusAt(Instant now) {
        return !enabled ? Status.SWITCHED_OFF : isLocked(now) ? Status.LOCKED : Status.ACTIVE;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Joins a practice (null: leaves the one it had); the name is read again with the account. */
    void joinPractice(Long practiceId, String practiceName) {
        this.practiceId = practiceId;
        this.practiceName = practiceName;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getPracticeName() { return practiceName; }
    /** Where this consultant is told that a client started or finished; null: not told. */
    public String getNotifyEmail() { return notifyEmail; }

    void notifyAt(String address) {
        this.notifyEmail = address == null || address.isBlank() ? null : address.strip();
    }
    public Long getPracticeId() { return practiceId; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public boolean isEnabled() { return enabled; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getCreatedAt() { return createdAt; }
    public boolean isMustChangePassword() { return mustChangePassword; }
}
