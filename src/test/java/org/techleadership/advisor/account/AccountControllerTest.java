package org.techleadership.advisor.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.system.SecurityConfig;

/** Changing one's password: every problem is shown on its field, and no password is ever written back. */
@WebMvcTest(AccountController.class)
@Import({SecurityConfig.class, SimpleMeterRegistry.class})
class AccountControllerTest {

    static final SignedIn ERIN = SignedIns.consultant(7, "Erin");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AccountService accounts;

    @MockitoBean
    AssessmentService assessments;

    private MvcTestResult change(String current, String replacement, String confirmation) {
        return mvc.post().uri("/account/password").with(user(ERIN)).with(csrf())
                .param("current", current).param("replacement", replacement).param("confirmation", confirmation)
                .exchange();
    }

    @Test
    void aRightCurrentPasswordChangesItAndGoesBackToTheClients() {
        when(accounts.changePassword(7, "old-password-1", "a-much-longer-passphrase")).thenReturn(true);

        assertThat(change("old-password-1", "a-much-longer-passphrase", "a-much-longer-passphrase"))
                .hasRedirectedUrl("/consultant").flash().containsEntry("saved", "password.saved");
    }

    @Test
    void aWrongCurrentPasswordIsAnErrorOnThatField() {
        when(accounts.changePassword(anyLong(), anyString(), anyString())).thenReturn(false);

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
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString());
    }

    @Test
    void aNewPasswordOverSeventyTwoCharactersIsAnError() {
        String tooLong = "x".repeat(73);
        assertThat(change("old-password-1", tooLong, tooLong)).hasStatusOk()
                .model().extractingBindingResult("passwordForm").hasOnlyFieldErrors("replacement");
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString());
    }

    @Test
    void aNewPasswordOverSeventyTwoBytesIsAnErrorBcryptCouldNotStore() {
        String accented = "\u00e9".repeat(37); // 37 characters, 74 bytes in UTF-8
        MvcTestResult result = change("old-password-1", accented, accented);

        assertThat(result).hasStatusOk().model().extractingBindingResult("passwordForm")
                .hasFieldErrorCode("replacement", "password.replacement.bytes");
        assertThat(result).bodyText().contains("keep it to 72 bytes");
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString());

        String fits = "\u00e9".repeat(36);
        when(accounts.changePassword(7, "old-password-1", fits)).thenReturn(true);
        assertThat(change("old-password-1", fits, fits)).hasRedirectedUrl("/consultant");
    }

    @Test
    void aCurrentPasswordLongerThanAnyStoredOneIsWrongWithoutALookup() {
        assertThat(change("c".repeat(73), "a-much-longer-passphrase", "a-much-longer-passphrase")).hasStatusOk()
                .model().extractingBindingResult("passwordForm").hasFieldErrorCode("current", "Size");
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString());
    }

    @Test
    void twoDifferentNewPasswordsAreAnErrorOnTheConfirmation() {
        assertThat(change("old-password-1", "a-much-longer-passphrase", "a-much-longer-passphrasf")).hasStatusOk()
                .model().extractingBindingResult("passwordForm")
                .hasFieldErrorCode("confirmation", "password.confirmation.different");
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString());
    }

    @Test
    void anEmptyCurrentPasswordIsAnError() {
        assertThat(change("", "a-much-longer-passphrase", "a-much-longer-passphrase")).hasStatusOk()
                .model().extractingBindingResult("passwordForm").hasOnlyFieldErrors("current");
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString());
    }

    @Test
    void noPasswordIsEverWrittenBackIntoThePage() {
        when(accounts.changePassword(anyLong(), anyString(), anyString())).thenReturn(false);

        assertThat(change("typed-current-secret", "typed-new-secret-1", "typed-new-secret-2")).bodyText()
                .contains("There is a problem")
                .doesNotContain("typed-current-secret", "typed-new-secret-1", "typed-new-secret-2");
    }

    @Test
    void theFormNeedsSigningIn() {
        assertThat(mvc.get().uri("/account/password")).hasStatus3xxRedirection();
    }
}
