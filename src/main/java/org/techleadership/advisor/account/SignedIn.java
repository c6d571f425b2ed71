package org.techleadership.advisor.account;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person as Spring Security holds it, carrying the account id for ownership checks. */
public class SignedIn extends User {

    private final long userId;
    private final String displayName;

    SignedIn(AppUser user) {
        super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, true, authorities(user));
        this.userId = user.getId();
        this.displayName = user.getDisplayName();
    }

    private static List<GrantedAuthority> authorities(AppUser user) {
        // an admin may do everything a consultant does
        return user.getRole() == AppUser.Role.ADMIN
                ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_CONSULTANT"))
                : List.of(new SimpleGrantedAuthority("ROLE_CONSULTANT"));
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }
}
