package org.techleadership.advisor.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.techleadership.advisor.account.SignedIns.admin;
import static org.techleadership.advisor.account.SignedIns.consultant;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.techleadership.advisor.storage.h2.H2Backups;
import org.techleadership.advisor.storage.h2.H2Backups.Backup;

/** "Back up now": for admins only, with a CSRF token; it shows where the backup went and the ones kept. */
@AdminWebTest(AdminBackupController.class)
class AdminBackupControllerTest {

    private static final Path FOLDER = Path.of("/var/lib/advisor/backups");
    private static final Backup MADE = new Backup("advisor-20261201-020000-000.zip",
            FOLDER.resolve("advisor-20261201-020000-000.zip"), 120_000, Instant.parse("2026-12-01T02:00:00Z"));

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    H2Backups backups;

    @BeforeEach
    void onAnH2File() {
        given(backups.inUse()).willReturn(true);
        given(backups.folder()).willReturn(FOLDER);
        given(backups.schedule()).willReturn("@daily");
        given(backups.keep()).willReturn(7);
        given(backups.kept()).willReturn(List.of(MADE));
        given(backups.backUpNow()).willReturn(MADE);
    }

    @Test
    void anAdminBacksUpAtOnceAndIsToldWhereItWent() {
        var posted = mvc.post().uri("/admin/backups").with(user(admin())).with(csrf()).exchange();

        assertThat(posted).hasStatus3xxRedirection().hasRedirectedUrl("/admin/backups");
        verify(backups).backUpNow();
        assertThat(mvc.get().uri("/admin/backups").with(user(admin()))
                .flashAttrs(posted.getMvcResult().getFlashMap()))
                .hasStatusOk().bodyText().contains("The database is backed up to " + MADE.file())
                .contains("advisor-20261201-020000-000.zip").contains("keeps the newest 7").contains(FOLDER.toString());
    }

    @Test
    void withoutACsrfTokenNothingIsBackedUp() {
        assertThat(mvc.post().uri("/admin/backups").with(user(admin()))).hasStatus(403);
        verify(backups, never()).backUpNow();
    }

    @Test
    void aConsultantOrAStrangerMayNeitherBackUpNorSeeTheBackups() {
        assertThat(mvc.post().uri("/admin/backups").with(user(consultant())).with(csrf())).hasStatus(403);
        assertThat(mvc.get().uri("/admin/backups").with(user(consultant()))).hasStatus(403);
        assertThat(mvc.post().uri("/admin/backups").with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/admin/backups")).hasStatus3xxRedirection().hasRedirectedUrl("/login");
        verify(backups, never()).backUpNow();
        verify(backups, never()).kept();
    }

    @Test
    void aFailedBackupIsSaidPlainlyNotAnError() {
        willThrow(new H2Backups.BackupFailedException("disk full", null)).given(backups).backUpNow();

        var posted = mvc.post().uri("/admin/backups").with(user(admin())).with(csrf()).exchange();

        assertThat(posted).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/admin/backups").with(user(admin()))
                .flashAttrs(posted.getMvcResult().getFlashMap()))
                .hasStatusOk().bodyText().contains("The backup failed");
    }

    @Test
    void onPostgreSqlThePageSaysBackupsAreTheDatabasesJob() {
        given(backups.inUse()).willReturn(false);

        assertThat(mvc.get().uri("/admin/backups").with(user(admin()))).hasStatusOk().bodyText()
                .contains("the database’s own tools").doesNotContain("Back up now");
        assertThat(mvc.post().uri("/admin/backups").with(user(admin())).with(csrf())).hasStatus3xxRedirection();
        verify(backups, never()).backUpNow();
    }
}
