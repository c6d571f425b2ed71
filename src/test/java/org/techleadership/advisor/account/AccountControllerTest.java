package org.techleadership.advisor.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.account.AccountService.PasswordChange;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.practice.Brands;
import org.techleadership.advisor.system.SecurityConfig;

/** Changing one's password: every problem is shown on its field, and no password is ever written back. */
@WebMvcTest(AccountController.class)
@Import({SecurityConfig.class, SimpleMeterRegistry.class})
class AccountControllerTest {

    static final SignedIn ERIN = SignedIns.consultant(7, "Erin");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean

    org.techleadership.advisor.sharing.LinkOpenings linkOpenings;


    @MockitoBean
    AccountService accounts;

    @MockitoBean
    AssessmentService assessments;

    @MockitoBean
    Brands brands; // the share-page cache's, a filter the slice picks up

    private MvcTestResult change(String current, String replacement, String confirmation) {
        return mvc.post().uri("/account/password").with(user(ERIN)).with(csrf())
                .param("current", current).param("replacement", replacement).param("confirmation", confirmation)
                .exchange();
    }

    @Test
    void aRightCurrentPasswordChangesItAndGoesBackToTheClients() {
        when(accounts.changePassword(eq(7L), eq("old-password-1"), eq("a-much-longer-passphrase"), anyString()))
                .thenReturn(PasswordChange.CHANGED);

        assertThat(change("old-password-1", "a-much-longer-passphrase", "a-much-longer-passphrase"))
                .hasRedirectedUrl("/consultant").flash().containsEntry("saved", "password.saved");
    }

    @Test
    void aWrongCurrentPasswordIsAnErrorOnThatField() {
        when(accounts.changePassword(anyLong(), anyString(), anyString(), anyString())).thenReturn(PasswordChange.CURRENT_WRONG);

        MvcTestResult result = change("not-my-password", "a-much-longer-passphrase", "a-much-longer-passphrase");

        assertThat(result).hasStatusOk().hasViewName("account/password")
                .model().extractingBindingResult("passwordForm")
                .hasFieldErrorCode("current", "password.current.wrong");
        assertThat(result).bodyText().contains("id=\"current-error\"", "Your current password is not right.",
                "href=\"#current\"");
    }

    @Test
    void aShortNewPasswordIsAnErrorAndNothingIsChanged() {
        assertThat(change("old-password-1", "short", "short")).hasStatusOk()
                .model().extractingBindingResult("passwordForm").hasOnlyFieldErrors("replacement");
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString(), anyString());
    }

    @Test
    void aNewPasswordOverSeventyTwoCharactersIsAnError() {
        String tooLong = "x".repeat(73);
        assertThat(change("old-password-1", tooLong, tooLong)).hasStatusOk()
                .model().extractingBindingResult("passwordForm").hasOnlyFieldErrors("replacement");
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString(), anyString());
    }

    @Test
    void aNewPasswordOverSeventyTwoBytesIsAnErrorBcryptCouldNotStore() {
        String accented = "\u00e9".repeat(37); // 37 characters, 74 bytes in UTF-8
        MvcTestResult result = change("old-password-1", accented, accented);

        assertThat(result).hasStatusOk().model().extractingBindingResult("passwordForm")
                .hasFieldErrorCode("replacement", "password.replacement.bytes");
        assertThat(result).bodyText().contains("keep it to 72 bytes");
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString(), anyString());

        String fits = "cr\u00e8me br\u00fbl\u00e9e, caf\u00e9 noir, p\u00e2t\u00e9 \u00e0 l\u2019ancienne: d\u00e9j\u00e0 vu l\u00e0-bas"; // 70 bytes
        when(accounts.changePassword(eq(7L), eq("old-password-1"), eq(fits), anyString())).thenReturn(PasswordChange.CHANGED);
        assertThat(change("old-password-1", fits, fits)).hasRedirectedUrl("/consultant");
    }

    @Test
    void aCurrentPasswordLongerThanAnyStoredOneIsWrongWithoutALookup() {
        assertThat(change("c".repeat(73), "a-much-longer-passphrase", "a-much-longer-passphrase")).hasStatusOk()
                .model().extractingBindingResult("passwordForm").hasFieldErrorCode("current", "Size");
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString(), anyString());
    }

    @Test
    void twoDifferentNewPasswordsAreAnErrorOnTheConfirmation() {
        assertThat(change("old-password-1", "a-much-longer-passphrase", "a-much-longer-passphrasf")).hasStatusOk()
                .model().extractingBindingResult("passwordForm")
                .hasFieldErrorCode("confirmation", "password.confirmation.different");
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString(), anyString());
    }

    @Test
    void anEmptyCurrentPasswordIsAnError() {
        assertThat(change("", "a-much-longer-passphrase", "a-much-longer-passphrase")).hasStatusOk()
                .model().extractingBindingResult("passwordForm").hasOnlyFieldErrors("current");
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString(), anyString());
    }

    @Test
    void noPasswordIsEverWrittenBackIntoThePage() {
        when(accounts.changePassword(anyLong(), anyString(), anyString(), anyString())).thenReturn(PasswordChange.CURRENT_WRONG);

        assertThat(change("typed-current-secret", "typed-new-secret-1", "typed-new-secret-2")).bodyText()
                .contains("There is a problem")
                .doesNotContain("typed-current-secret", "typed-new-secret-1", "typed-new-secret-2");
    }

    @Test
    void aCommonPasswordIsAnErrorNextToTheFieldAndNothingIsEchoed() {
        MvcTestResult result = change("old-password-1", "Password1234", "Password1234");

        assertThat(result).hasStatusOk().model().extractingBindingResult("passwordForm")
                .hasFieldErrorCode("replacement", "password.policy.common");
        assertThat(result).bodyText().contains("id=\"replacement-error\"", "too easy to guess", "href=\"#replacement\"")
                .doesNotContain("Password1234", "old-password-1");
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString(), anyString());
    }

    @Test
    void onlySpacesAndTheUserNameAreErrorsToo() {
        assertThat(change("old-password-1", " ".repeat(12), " ".repeat(12))).model()
                .extractingBindingResult("passwordForm").hasFieldErrorCode("replacement", "password.policy.only_spaces");
        assertThat(change("old-password-1", "kettle-User-7-orbit", "kettle-User-7-orbit")).model()
                .extractingBindingResult("passwordForm")
                .hasFieldErrorCode("replacement", "password.policy.contains_username");
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString(), anyString());
    }

    @Test
    void theCurrentPasswordAgainIsAnError() {
        when(accounts.changePassword(anyLong(), anyString(), anyString(), anyString()))
                .thenReturn(PasswordChange.SAME_AS_CURRENT);

        assertThat(change("a-much-longer-passphrase", "a-much-longer-passphrase", "a-much-longer-passphrase"))
                .hasStatusOk().model().extractingBindingResult("passwordForm")
                .hasFieldErrorCode("replacement", "password.replacement.same");
    }

    @Test
    void thisSessionIsTheOneKeptSignedIn() {
        when(accounts.changePassword(anyLong(), anyString(), anyString(), anyString())).thenReturn(PasswordChange.CHANGED);
        MockHttpSession session = new MockHttpSession();

        assertThat(mvc.post().uri("/account/password").with(user(ERIN)).with(csrf()).session(session)
                .param("current", "old-password-1").param("replacement", "a-much-longer-passphrase")
                .param("confirmation", "a-much-longer-passphrase")).hasRedirectedUrl("/consultant");
        verify(accounts).changePassword(7, "old-password-1", "a-much-longer-passphrase", session.getId());
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void oneWrongCurrentPasswordTooManySignsOut() {
        when(accounts.changePassword(anyLong(), anyString(), anyString(), anyString())).thenReturn(PasswordChange.LOCKED);
        MockHttpSession session = new MockHttpSession();

        assertThat(mvc.post().uri("/account/password").with(user(ERIN)).with(csrf()).session(session)
                .param("current", "guess-number-5").param("replacement", "a-much-longer-passphrase")
                .param("confirmation", "a-much-longer-passphrase")).hasRedirectedUrl("/login?locked");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElse() {
        SignedIn newcomer = SignedIns.withOneTimePassword(8, "frank");
        MockHttpSession session = new MockHttpSession();

        assertThat(mvc.get().uri("/consultant").with(user(newcomer)).session(session))
                .hasRedirectedUrl("/account/password");
        assertThat(mvc.post().uri("/consultant/invite").with(user(newcomer)).with(csrf()).session(session)
                .param("clientLabel", "Acme")).hasRedirectedUrl("/account/password");
        assertThat(mvc.get().uri("/css/app.css").with(user(newcomer))).hasStatusOk();
        assertThat(mvc.get().uri("/account/password").with(user(newcomer)).session(session)).hasStatusOk()
                .bodyText().contains("Choose your own password first").doesNotContain("Back to your clients");

        when(accounts.changePassword(anyLong(), anyString(), anyString(), anyString())).thenReturn(PasswordChange.CHANGED);
        assertThat(mvc.post().uri("/account/password").with(user(newcomer)).with(csrf()).session(session)
                .param("current", "made-for-frank").param("replacement", "a-much-longer-passphrase")
                .param("confirmation", "a-much-longer-passphrase")).hasRedirectedUrl("/consultant");
        // the same session, now with a password of their own: no longer sent back (no such page in this slice)
        assertThat(mvc.get().uri("/consultant").session(session)).hasStatus(404);
    }

    @Test
    void signingOutIsAllowedWithAOneTimePassword() {
        assertThat(mvc.post().uri("/logout").with(user(SignedIns.withOneTimePassword(8, "frank"))).with(csrf()))
                .hasRedirectedUrl("/login?signedOut");
    }

    @Test
    void theSignInPageSaysWhenASignInExpiredOrWasLocked() {
        // as the redirects send them, a parameter without a value
        assertThat(mvc.get().uri("/login").param("expired", "")).bodyText().contains("longest time it may last");
        assertThat(mvc.get().uri("/login").param("locked", "")).bodyText().contains("Too many wrong current passwords");
        assertThat(mvc.get().uri("/login")).bodyText().doesNotContain("longest time it may last",
                "Too many wrong current passwords");
    }

    @Test
    void theFormNeedsSigningIn() {
        assertThat(mvc.get().uri("/account/password")).hasStatus3xxRedirection();
    }
}
