package org.techleadership.advisor.sharing;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Unguessable, URL-safe tokens: 192 random bits, 32 characters of base64url. */
public final class ShareToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{32}");

    private ShareToken() {
    }

    public static String next() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when the text could be a token at all; anything else is answered 404 without a query. */
    public static boolean looksValid(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }
}
