package org.techleadership.advisor.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.catalogue.editing.CatalogueDraft;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.techleadership.advisor.account.SignedIns.admin;

@AdminWebTest(AdminPublishController.class)
class AdminPublishControllerTest {

    private static final CatalogueImpact.Impact NO_CHANGE = new CatalogueImpact.Impact(4, 0, List.of(), List.of());
    private static final CatalogueImpact.Impact TWO_CHANGE = new CatalogueImpact.Impact(4, 2,
            List.of(new CatalogueImpact.Transition("CIO", "CTO", 2)),
            List.of(new CatalogueImpact.Example("Acme Ltd", "3 Mar 2025", "CIO", "CTO")));

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CatalogueEditor editor;
    @MockitoBean
    CatalogueImpact impacts;
    @MockitoBean
    AccountService accounts;

    @BeforeEach
    void aDraft() {
        when(editor.workingCopy()).thenReturn(CatalogueFixture.document());
        when(editor.draft()).thenReturn(Optional.of(new CatalogueDraft(CatalogueFixture.document(), 1, "admin",
                Instant.EPOCH)));
        when(editor.publish(anyString(), anyString())).thenReturn(Optional.of(2));
        when(impacts.of(any(), any())).thenReturn(NO_CHANGE);
    }

    @Test
    void theImpactPageShowsTheReplay() {
        when(impacts.of(any(), any())).thenReturn(TWO_CHANGE);
        Document page = Html.of(mvc.get().uri("/admin/catalogue/impact").with(user(admin())).exchange());
        assertThat(page.getElementById("impact-summary").text()).contains("2 would now get a different recommendation");
        assertThat(page.getElementById("confirm")).isNotNull();
    }

    @Test
    void anAdminOnlyPublishesWithANote() {
        MvcTestResult result = publish(" ", false);

        assertThat(result).hasStatusOk().model().extractingBindingResult("publishForm").hasFieldErrors("note");
        Document page = Html.of(result);
        assertThat(page.getElementById("note-error").text()).contains("Say in a few words what this version changes.");
        assertThat(page.select("#error-summary a[href='#note']")).hasSize(1);
        verify(editor, never()).publish(anyString(), anyString());
    }

    @Test
    void aNoteOverFiveHundredCharactersIsAnError() {
        assertThat(publish("x".repeat(501), false)).model().extractingBindingResult("publishForm").hasFieldErrors("note");
        verify(editor, never()).publish(anyString(), anyString());
        assertThat(publish("x".repeat(500), false)).hasRedirectedUrl("/admin/catalogue");
    }

    @Test
    void publishingThatChangesPastRecommendationsNeedsTheConfirmationAndKeepsTheNote() {
        when(impacts.of(any(), any())).thenReturn(TWO_CHANGE);

        MvcTestResult result = publish("Stronger weight for process", false);

        assertThat(result).hasStatusOk().model().extractingBindingResult("publishForm").hasFieldErrors("confirm");
        Document page = Html.of(result);
        assertThat(page.getElementById("confirm-error").text()).contains("2 past recommendations would come out differently");
        assertThat(page.getElementById("note").val()).isEqualTo("Stronger weight for process");
        verify(editor, never()).publish(anyString(), anyString());

        assertThat(publish("Stronger weight for process", true)).hasRedirectedUrl("/admin/catalogue");
        verify(editor).publish("admin", "Stronger weight for process");
    }

    @Test
    void publishingThatChangesNothingNeedsNoConfirmation() {
        assertThat(publish(" New wording ", false)).hasRedirectedUrl("/admin/catalogue").flash()
                .containsKey("saved");
        verify(editor).publish("admin", "New wording");
    }

    @Test
    void withoutADraftThereIsNothingToPublish() {
        when(editor.draft()).thenReturn(Optional.empty());

        Document page = Html.of(publish(" ", true));
        assertThat(page.select("#error-summary li").eachText()).containsExactly("There is no draft to publish.");
        verify(editor, never()).publish(anyString(), anyString());
    }

    @Test
    void aDraftOverTakenByAnotherVersionSaysSoInTheErrorSummary() {
        when(editor.publish(anyString(), anyString())).thenThrow(new IllegalStateException(
                "Version 3 was published after this draft was started."));

        Document page = Html.of(publish("A note", true));
        assertThat(page.select("#error-summary li").text()).isEqualTo("Version 3 was published after this draft was started.");
        assertThat(page.getElementById("note").val()).isEqualTo("A note");
    }

    private MvcTestResult publish(String note, boolean confirm) {
        var request = mvc.post().uri("/admin/catalogue/publish").with(user(admin())).with(csrf()).param("note", note);
        if (confirm) {
            request.param("confirm", "true");
        }
        return request.exchange();
    }
}
