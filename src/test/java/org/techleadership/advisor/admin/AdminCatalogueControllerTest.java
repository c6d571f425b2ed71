package org.techleadership.advisor.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.techleadership.advisor.account.SignedIns.admin;

@AdminWebTest(AdminCatalogueController.class)
class AdminCatalogueControllerTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CatalogueEditor editor;

    @BeforeEach
    void catalogue() {
        when(editor.current()).thenReturn(new Catalogue(CatalogueFixture.document()));
        when(editor.draft()).thenReturn(Optional.empty());
        when(editor.workingCopy()).thenReturn(CatalogueFixture.document());
        when(editor.versions()).thenReturn(List.of());
        when(editor.audit(30)).thenReturn(List.of());
    }

    @Test
    void theFrontPageListsWhatCanBeEdited() {
        Document page = Html.of(mvc.get().uri("/admin/catalogue").with(user(admin())).exchange());
        assertThat(page.select("#edit a").eachAttr("href")).contains("/admin/catalogue/profiles/CIO",
                "/admin/catalogue/questions/focus", "/admin/catalogue/rules?question=focus");
    }

    @Test
    void importingNoFileIsAnErrorNextToTheFileField() {
        Document page = Html.of(mvc.post().uri("/admin/catalogue/import").with(user(admin())).with(csrf())
                .multipart().file(new MockMultipartFile("file", "", "application/json", new byte[0])).exchange());
        assertThat(page.getElementById("file-error").text()).contains("Choose a catalogue file (.json) to import.");
        assertThat(page.select("#error-summary a[href='#file']")).hasSize(1);
        verify(editor, never()).importDocument(anyString(), anyString(), anyString());
    }

    @Test
    void aFileThatIsNotACatalogueShowsTheEditorsProblems() {
        when(editor.importDocument("{}", "admin", "x.json")).thenReturn(List.of("The file must hold steps, questions, profiles and rules."));

        Document page = Html.of(mvc.post().uri("/admin/catalogue/import").with(user(admin())).with(csrf()).multipart()
                .file(new MockMultipartFile("file", "x.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8)))
                .exchange());
        assertThat(page.select("#error-summary li").text()).isEqualTo("The file must hold steps, questions, profiles and rules.");
    }

    @Test
    void aFileWithHundredsOfProblemsShowsTheFirstTwentyAndCountsTheRest() {
        when(editor.importDocument("{}", "admin", "x.json")).thenReturn(java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> "Problem " + i + ".").toList());

        Document page = Html.of(mvc.post().uri("/admin/catalogue/import").with(user(admin())).with(csrf()).multipart()
                .file(new MockMultipartFile("file", "x.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8)))
                .exchange());
        assertThat(page.select("#error-summary li")).hasSize(21);
        assertThat(page.select("#error-summary li").get(19).text()).isEqualTo("Problem 19.");
        assertThat(page.select("#error-summary li").get(20).text())
                .isEqualTo("… and 280 more problems. Fix these first, then import the file again.");
    }

    @Test
    void aGoodFileBecomesTheDraft() {
        when(editor.importDocument("{}", "admin", "x.json")).thenReturn(List.of());

        assertThat(mvc.post().uri("/admin/catalogue/import").with(user(admin())).with(csrf()).multipart()
                .file(new MockMultipartFile("file", "x.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8))))
                .hasRedirectedUrl("/admin/catalogue").flash().containsKey("saved");
    }

    @Test
    void theLiveCatalogueDownloadsAsANumberedFile() {
        when(editor.export(null, false)).thenReturn(Optional.of("{\"version\":1}"));

        assertThat(mvc.get().uri("/admin/catalogue/export.json").with(user(admin()))).hasStatusOk()
                .hasHeader("Content-Disposition", "attachment; filename=\"catalogue-v1.json\"")
                .bodyText().isEqualTo("{\"version\":1}");
    }

    @Test
    void anUnknownVersionIsNotFound() {
        when(editor.export(9, false)).thenReturn(Optional.empty());
        assertThat(mvc.get().uri("/admin/catalogue/export.json?version=9").with(user(admin()))).hasStatus(404);
    }

    @Test
    void discardingThrowsTheDraftAway() {
        assertThat(mvc.post().uri("/admin/catalogue/discard").with(user(admin())).with(csrf()))
                .hasRedirectedUrl("/admin/catalogue");
        verify(editor).discard("admin");
    }
}
