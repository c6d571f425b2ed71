package org.techleadership.advisor.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIns;
import org.techleadership.advisor.practice.PracticeChoice;
import org.techleadership.advisor.practice.PracticeService;

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
    @Autowired
    PracticeService practices; // a stand-in (AdminWebTest)

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

    @Test
    void aLockedAccountShowsAsLockedWithItsTimeAndOffersUnlocking() {
        Instant until = Instant.now().plus(Duration.ofMinutes(12));
        AppUser locked = account(2, "dana");
        ReflectionTestUtils.setField(locked, "lockedUntil", until);
        AppUser lockExpired = account(3, "erin");
        ReflectionTestUtils.setField(lockExpired, "lockedUntil", Instant.now().minusSeconds(60));
        AppUser off = account(4, "finn");
        ReflectionTestUtils.setField(off, "enabled", false);
        when(accounts.all()).thenReturn(List.of(locked, lockExpired, off));

        Document page = Html.of(mvc.get().uri("/admin/users").with(user(admin())).exchange());

        String time = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC).format(until);
        assertThat(row(page, "dana").text()).contains("Locked until " + time + " UTC").doesNotContain("Active");
        assertThat(row(page, "dana").select("form[action='/admin/users/2/unlock']")).hasSize(1);
        assertThat(row(page, "erin").text()).contains("Active").doesNotContain("Locked");
        assertThat(row(page, "erin").select("form[action$='/unlock']")).isEmpty();
        assertThat(row(page, "finn").text()).contains("Switched off");
    }

    @Test
    void unlockingLiftsTheLock() {
        assertThat(mvc.post().uri("/admin/users/2/unlock").with(user(admin())).with(csrf()))
                .hasRedirectedUrl("/admin/users");
        verify(accounts).unlock(2L);
    }

    @Test
    void aOneTimePasswordIsMadeAndShownOnce() {
        when(accounts.find(2L)).thenReturn(Optional.of(account(2, "dana")));
        when(accounts.issueOneTimePassword(2L)).thenReturn(Optional.of("made-once-for-dana"));

        assertThat(mvc.post().uri("/admin/users/2/password").with(user(admin())).with(csrf()))
                .hasRedirectedUrl("/admin/users").flash()
                .containsEntry("issued", Map.of("username", "dana", "password", "made-once-for-dana"));

        Document page = Html.of(mvc.get().uri("/admin/users").with(user(admin()))
                .flashAttr("issued", Map.of("username", "dana", "password", "made-once-for-dana")).exchange());
        assertThat(page.getElementById("issued-password").val()).isEqualTo("made-once-for-dana");
        assertThat(Html.of(mvc.get().uri("/admin/users").with(user(admin())).exchange())
                .getElementById("issued-password")).isNull();
    }

    @Test
    void anAdminResetsOnlyOthersPasswordsHere() {
        assertThat(mvc.post().uri("/admin/users/1/password").with(user(admin())).with(csrf()))
                .hasRedirectedUrl("/admin/users").flash().containsEntry("problem", "admin.self.reset");
        verify(accounts, never()).issueOneTimePassword(anyLong());

        assertThat(Html.of(mvc.get().uri("/admin/users").with(user(admin())).flashAttr("problem", "admin.self.reset")
                .exchange()).text()).contains("To change your own password, use Change password.");
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThat(mvc.post().uri("/admin/users/99/password").with(user(admin())).with(csrf())).hasStatus(404);
        verify(accounts, never()).issueOneTimePassword(anyLong());
    }

    private static AppUser account(long id, String username) {
        AppUser user = new AppUser(username, "Name of " + username, null, "{noop}x", AppUser.Role.CONSULTANT,
                Instant.EPOCH);
        ReflectionTestUtils.setField(user, "id", id);
        return user;
    }

    @Test
    void anAdminPutsAConsultantInAnExistingPracticeAndAnUnknownOneIsNotFound() {
        AppUser dana = new AppUser("dana", "Dana Reyes", null, "{noop}x", AppUser.Role.CONSULTANT, Instant.EPOCH);
        ReflectionTestUtils.setField(dana, "id", 5L);
        when(accounts.all()).thenReturn(List.of(dana));
        when(accounts.find(5L)).thenReturn(Optional.of(dana));
        when(practices.all()).thenReturn(List.of(new PracticeChoice(3, "Reyes IT", "reyes-it")));
        when(practices.assign(5L, 3L)).thenReturn(true);

        Document page = Html.of(mvc.get().uri("/admin/users").with(user(admin())).exchange());
        assertThat(row(page, "dana").select("select[name=practiceId] option").eachText())
                .containsExactly("No practice", "Reyes IT (reyes-it)");

        assertThat(mvc.post().uri("/admin/users/5/practice").with(user(admin())).with(csrf()).param("practiceId", "3"))
                .hasRedirectedUrl("/admin/users");
        verify(practices).assign(5L, 3L);
        assertThat(mvc.post().uri("/admin/users/5/practice").with(user(admin())).with(csrf()).param("practiceId", "99"))
                .hasStatus(404);
        assertThat(mvc.post().uri("/admin/users/5/practice").with(user(SignedIns.consultant())).with(csrf())
                .param("practiceId", "3")).hasStatus(403);
    }

    private static Element row(Document page, String username) {
        return page.select("tr").stream()
                .filter(tr -> tr.selectFirst("th") != null && tr.selectFirst("th").text().equals(username))
                .findFirst().orElseThrow();
    }

    private MvcTestResult create(String username, String displayName, String practiceName, String role) {
        return mvc.post().uri("/admin/users").with(user(admin())).with(csrf()).param("username", username)
                .param("displayName", displayName).param("practiceName", practiceName).param("role", role).exchange();
    }
}
