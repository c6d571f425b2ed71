package org.techleadership.advisor.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a chosen password must be, after NIST SP 800-63B: long enough, not only spaces, not one of
 * the common and breached-style passwords of {@code account/common-passwords.txt} (nor such a word
 * dressed up with digits, symbols, look-alike digits or repetition, a keyboard walk or a plain
 * sequence), and without the user name in it. No rules about which kinds of characters to mix.
 * Passay was weighed: its whitespace and sequence rules refuse a password that merely contains a
 * space or "12345", which 800-63B advises against, and what remains is a set lookup.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    /** Each problem's message is {@code password.policy.<name in lower case>} in messages.properties. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, ONLY_SPACES, COMMON, CONTAINS_USERNAME;

        public String messageCode() {
            return "password.policy." + name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String[] SEQUENCES = {
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "01234567890123456789012345678901234567890",
            "qwertyuiopasdfghjklzxcvbnm", "qazwsxedcrfvtgbyhnujmikolp", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "1q2w3e4r5t6y7u8i9o0p", "q1w2e3r4t5y6u7i8o9p0", "a1b2c3d4e5f6g7h8i9j0", "!@#$%^&*()_+",
            "qwertzuiopasdfghjklyxcvbnm", "azertyuiopqsdfghjklmwxcvbn"};

    private PasswordPolicy() {
    }

    /** The first problem with a new password for this user name, or empty when it may be used. */
    public static Optional<Problem> check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (password.isBlank()) {
            return Optional.of(Problem.ONLY_SPACES);
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && password.toLowerCase(Locale.ROOT).contains(name)) {
            return Optional.of(Problem.CONTAINS_USERNAME);
        }
        return guessable(password) ? Optional.of(Problem.COMMON) : Optional.empty();
    }

    /** Throws IllegalArgumentException naming the problem: for passwords no person typed into a form. */
    static void require(String password, String username) {
        check(password, username).ifPresent(problem -> {
            throw new IllegalArgumentException("The password is not accepted: " + problem.messageCode());
        });
    }

    static boolean guessable(String password) {
        String plain = password.toLowerCase(Locale.ROOT).replaceAll("[\\s._-]+", "");
        Set<String> forms = new LinkedHashSet<>();
        forms.add(plain);
        for (String seen : new String[] {plain, unLeet(plain, 'i'), unLeet(plain, 'l')}) {
            String core = lettersInside(seen);
            if (core.length() >= 4) {
                forms.add(core);
                forms.add(unLeet(core, 'i'));
                forms.add(unLeet(core, 'l'));
            }
        }
        return forms.stream().anyMatch(form -> CommonPasswords.LIST.contains(form) || repeated(form)
                || sequence(form));
    }

    /** The part between the first and the last letter: "2024password!!" gives "password". */
    private static String lettersInside(String text) {
        return text.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    }

    private static String unLeet(String text, char one) {
        StringBuilder letters = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            letters.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> one;
                case '|' -> 'l';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7', '+' -> 't';
                case '8' -> 'b';
                case '9' -> 'g';
                default -> c;
            });
        }
        return letters.toString();
    }

    /** A short unit, or a listed one, over and over: "abcabcabcabc", "passwordpassword". */
    private static boolean repeated(String form) {
        for (int unit = 1; unit <= form.length() / 2; unit++) {
            if (form.length() % unit == 0 && form.equals(form.substring(0, unit).repeat(form.length() / unit))
                    && (unit <= 4 || CommonPasswords.LIST.contains(form.substring(0, unit)))) {
                return true;
            }
        }
        return false;
    }

    /** A run along the alphabet, the digits or a keyboard, either way. */
    private static boolean sequence(String form) {
        String backwards = new StringBuilder(form).reverse().toString();
        for (String run : SEQUENCES) {
            if (run.contains(form) || run.contains(backwards)) {
                return true;
            }
        }
        return false;
    }

    /** Read once, at first use: some three thousand lines. */
    private static final class CommonPasswords {

        static final Set<String> LIST = load();

        private static Set<String> load() {
            Set<String> list = new HashSet<>(8192);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt");
                 BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(list::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(list);
        }
    }
}
