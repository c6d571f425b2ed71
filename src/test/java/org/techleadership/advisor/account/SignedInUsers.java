package org.techleadership.advisor.account;

import java.time.Instant;

import org.springframework.test.util.ReflectionTestUtils;

/** Signed-in people for web slice tests, which have no database to give an account its id. */
public final class SignedInUsers {

    private SignedInUsers() {
    }

    public static SignedIn consultant(long id, String displayName) {
        AppUser user = new AppUser("user-" + id, displayName, null, "{noop}unused", AppUser.Role.CONSULTANT,
                Instant.EPOCH);
        ReflectionTestUtils.setField(user, "id", id);
        return new SignedIn(user, false);
    }
}
