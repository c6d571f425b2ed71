package org.techleadership.advisor.account;

import java.time.Instant;

import org.springframework.test.util.ReflectionTestUtils;

/** Signed-in principals for web slice tests, as the app's own sign-in would make them. */
public final class SignedIns {

    private SignedIns() {
    }

    public static SignedIn admin() {
        return of(1L, "admin", AppUser.Role.ADMIN);
    }

    public static SignedIn consultant() {
        return of(2L, "dana", AppUser.Role.CONSULTANT);
    }

    /** A consultant with this id and the name clients see. */
    public static SignedIn consultant(long id, String displayName) {
        return of(id, "user-" + id, displayName, AppUser.Role.CONSULTANT);
    }

    /** A consultant signed in with a password made for them, who must choose their own first. */
    public static SignedIn withOneTimePassword(long id, String username) {
        AppUser user = user(id, username, "Name of " + username, AppUser.Role.CONSULTANT);
        user.requireNewPassword();
        return new SignedIn(user);
    }

    public static SignedIn of(long id, String username, AppUser.Role role) {
        return of(id, username, "Name of " + username, role);
    }

    private static SignedIn of(long id, String username, String displayName, AppUser.Role role) {
        return new SignedIn(user(id, username, displayName, role));
    }

    private static AppUser user(long id, String username, String displayName, AppUser.Role role) {
        AppUser user = new AppUser(username, displayName, null, "{noop}unused", role, Instant.EPOCH);
        ReflectionTestUtils.setField(user, "id", id);
        return user;
    }
}
