package org.techleadership.advisor.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who signs in: a consultant, or an admin who also manages the accounts. */
@Entity
@Table(name = "app_user")
public class AppUser {

    public enum Role { CONSULTANT, ADMIN }

    /**
     * After this many wrong passwords in a row, from any addresses, the account is locked for
     * {@link #LOCK_MINUTES} minutes: then only addresses that have not failed on it may try
     * ({@link SignInAttempts}); five from one address pause only that address.
     */
    static final int MAX_FAILED_LOGINS = 50;
    static final int LOCK_MINUTES = 15;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String practiceName;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private boolean enabled;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant createdAt;

    protected AppUser() {
    }

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

    void loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plusSeconds(LOCK_MINUTES * 60L);
            failedLogins = 0;
        }
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getPracticeName() { return practiceName; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public boolean isEnabled() { return enabled; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getCreatedAt() { return createdAt; }
}
