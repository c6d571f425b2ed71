package org.techleadership.advisor.admin;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.techleadership.advisor.account.SignedIns.admin;

@AdminWebTest(AdminUsersController.class)
class AdminUsersControllerTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    AccountService accounts;

    @BeforeEach
    void noAccounts() {
        when(accounts.all()).thenReturn(List.of());
    }

    @Test
    void aBadUserNameIsAnErrorAndTheFormKeepsWhatWasTyped() {
        MvcTestResult result = create("da", "Dana Reyes", "Reyes IT", "ADMIN");

        assertThat(result).hasStatusOk().model().extractingBindingResult("newAccountForm").hasFieldErrors("username");
        Document page = Html.of(result);
        assertThat(page.getElementById("username-error").text()).contains("Use 3 to 100 letters");
        assertThat(page.getElementById("username").val()).isEqualTo("da");
        assertThat(page.getElementById("displayName").val()).isEqualTo("Dana Reyes");
        assertThat(page.getElementById("practiceName").val()).isEqualTo("Reyes IT");
        assertThat(page.getElementById("role-ADMIN").hasAttr("checked")).isTrue();
        assertThat(page.select("#error-summary a[href='#username']")).hasSize(1);
        assertThat(create("dana reyes", "Dana Reyes", "", "CONSULTANT")).model()
                .extractingBindingResult("newAccountForm").hasFieldErrors("username");
        verify(accounts, never()).createWithOneTimePassword(anyString(), anyString(), anyString(), any());
    }

    @Test
    void aTakenUserNameIsAnError() {
        when(accounts.usernameTaken("dana")).thenReturn(true);

        assertThat(create("dana", "Dana Reyes", "", "CONSULTANT")).model()
                .extractingBindingResult("newAccountForm").hasFieldErrors("username");
        verify(accounts, never()).createWithOneTimePassword(anyString(), anyString(), anyString(), any());
    }

    @Test
    void aUserNameTakenAtTheLastMomentIsAnErrorToo() {
        when(accounts.createWithOneTimePassword(anyString(), anyString(), anyString(), any()))
                .thenThrow(new DataIntegrityViolationException("unique"));

        assertThat(Html.of(create("dana", "Dana Reyes", "", "CONSULTANT")).getElementById("username-error").text())
                .contains("This user name is taken.");
    }

    @Test
    void theNameClientsSeeIsNeededAndBothNamesHaveALimit() {
        assertThat(create("dana", " ", "", "CONSULTANT")).model().extractingBindingResult("newAccountForm")
                .hasFieldErrors("displayName");
        assertThat(create("dana", "x".repeat(121), "x".repeat(121), "CONSULTANT")).model()
                .extractingBindingResult("newAccountForm").hasFieldErrors("displayName", "practiceName");
        verify(accounts, never()).createWithOneTimePassword(anyString(), anyString(), anyString(), any());
    }

    @Test
    void aGoodFormCreatesTheAccountAndShowsItsFirstPasswordOnce() {
        when(accounts.createWithOneTimePassword(anyString(), anyString(), anyString(), any())).thenReturn("made-for-dana");
        assertThat(create(" dana ", "x".repeat(120), "", "CONSULTANT")).hasRedirectedUrl("/admin/users")
                .flash().containsEntry("created", Map.of("username", "dana", "password", "made-for-dana"));
        verify(accounts).createWithOneTimePassword(eq(" dana "), eq("x".repeat(120)), eq(""), eq(AppUser.Role.CONSULTANT));
    }

    @Test
    void anAdminCannotSwitchOffTheirOwnAccount() {
        assertThat(mvc.post().uri("/admin/users/1/enabled").param("enabled", "false").with(user(admin())).with(csrf()))
                .hasRedirectedUrl("/admin/users").flash().containsKey("problem");
        verify(accounts, never()).setEnabled(anyLong(), anyBoolean());

        assertThat(mvc.post().uri("/admin/users/2/enabled").param("enabled", "false").with(user(admin())).with(csrf()))
                .hasRedirectedUrl("/admin/users");
        verify(accounts).setEnabled(2L, false);
    }

    private MvcTestResult create(String username, String displayName, String practiceName, String role) {
        return mvc.post().uri("/admin/users").with(user(admin())).with(csrf()).param("username", username)
                .param("displayName", displayName).param("practiceName", practiceName).param("role", role).exchange();
    }
}
