package org.techleadership.advisor.account;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person as Spring Security holds it, carrying the account id for ownership checks. */
public class SignedIn extends User {

    // kept from the release before mustChangePassword, so the sessions it stored still read
    private static final long serialVersionUID = -2401424714379290790L;

    private final long userId;
    private final String displayName;
    /** Signed in with a password made for the account: it must choose its own before anything else. */
    private final boolean mustChangePassword;

    SignedIn(AppUser user) {
        super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, true, authorities(user));
        this.userId = user.getId();
        this.displayName = user.getDisplayName();
        this.mustChangePassword = user.isMustChangePassword();
    }

    /** The same person once they chose their own password (the credentials are not kept in a session). */
    private SignedIn(SignedIn before) {
        super(before.getUsername(), "", before.isEnabled(), true, true, before.isAccountNonLocked(),
                before.getAuthorities());
        this.userId = before.userId;
        this.displayName = before.displayName;
        this.mustChangePassword = false;
    }

    private static List<GrantedAuthority> authorities(AppUser user) {
        // an admin may do everything a consultant does
        return user.getRole() == AppUser.Role.ADMIN
                ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_CONSULTANT"))
                : List.of(new SimpleGrantedAuthority("ROLE_CONSULTANT"));
    }

    SignedIn withOwnPassword() {
        return new SignedIn(this);
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}
