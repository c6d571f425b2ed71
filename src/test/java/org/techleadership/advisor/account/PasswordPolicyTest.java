package org.techleadership.advisor.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.techleadership.advisor.account.PasswordPolicy.Problem;

/** NIST SP 800-63B style: long enough, not guessable, not only spaces, not the user name; nothing else. */
class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "qwertyuiop12", "123456789012", "iloveyou1234",
            "letmein12345", "P@ssw0rd2024!", "p4ssw0rd!!!!", "1loveyou2024", "pass word 1234", "Summer2024!!",
            "dragon123456", "aaaaaaaaaaaa", "abcabcabcabc", "passwordpassword", "1qaz2wsx3edc", "zyxwvutsrqpo",
            "098765432109", "qwerty123456", "TechLeader2025!", "Michelle1990!", "!!!!monkey!!!!", "------------",
            "welcome12345", "correct horse battery staple", "admin1234567", "changeme2024", "trustno1trustno1", "football2025"})
    void commonAndBreachedStylePasswordsAreRefused(String password) {
        assertThat(PasswordPolicy.check(password, "dana")).contains(Problem.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-much-longer-passphrase", "violet tractor biscuit orbit", "Tea at 4, then the bus",
            "configured-admin-password", "erin-password-123", "x7#Qm!2pLr9@", "horse-kettle-umbrella-42",
            "my cat eats green olives"})
    void passphrasesAndRandomPasswordsAreAccepted(String password) {
        assertThat(PasswordPolicy.check(password, "dana")).isEmpty();
    }

    @Test
    void onlySpacesIsRefusedWhateverTheLength() {
        assertThat(PasswordPolicy.check(" ".repeat(12), "dana")).contains(Problem.ONLY_SPACES);
        assertThat(PasswordPolicy.check("\t ".repeat(10), "dana")).contains(Problem.ONLY_SPACES);
    }

    @Test
    void spacesInsideAPassphraseAreFine() {
        assertThat(PasswordPolicy.check("  plum orbit lantern  ", "dana")).isEmpty();
    }

    @Test
    void thePasswordMayNotContainTheUserNameInAnyCase() {
        assertThat(PasswordPolicy.check("my name is Dana.Reyes!", "dana.reyes")).contains(Problem.CONTAINS_USERNAME);
        assertThat(PasswordPolicy.check("xDANA.REYES-kettle", " dana.reyes ")).contains(Problem.CONTAINS_USERNAME);
        assertThat(PasswordPolicy.check("kettle-plum-orbit", "dana.reyes")).isEmpty();
    }

    @Test
    void theLengthLimitsStay() {
        assertThat(PasswordPolicy.check("x7#Qm!2pLr9", "dana")).contains(Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check("x7#Qm!2pLr9@", "dana")).isEmpty();
        assertThat(PasswordPolicy.check("x7#Qm!2pLr9@".repeat(17), "dana")).contains(Problem.TOO_LONG);
        assertThat(PasswordPolicy.check(null, "dana")).contains(Problem.TOO_SHORT);
    }

    @Test
    void everyProblemHasAMessage() throws IOException {
        String messages;
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Problem problem : Problem.values()) {
            assertThat(messages).as(problem.name()).contains("\n" + problem.messageCode() + "=");
        }
    }

    @Test
    void theShippedListHoldsSomeThousandsOfPasswords() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/account/common-passwords.txt")) {
            long entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).count();
            assertThat(entries).isGreaterThan(3000);
        }
    }

    @Test
    void generatedPasswordsAlwaysPass() {
        for (int i = 0; i < 2000; i++) {
            String password = AccountService.randomPassword();
            assertThat(PasswordPolicy.check(password, "dana.reyes")).as(password).isEqualTo(Optional.empty());
        }
    }

    @Test
    void aPasswordNoPersonTypedIsCheckedToo() {
        assertThatThrownBy(() -> PasswordPolicy.require("password1234", "dana"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password.policy.common")
                .hasMessageNotContaining("password1234");
    }
}
