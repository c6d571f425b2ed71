package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.account.SignedIns;
import org.techleadership.advisor.assessment.Assessment;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.assessment.StoredRecommendation;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.practice.Brands;
import org.techleadership.advisor.system.SecurityConfig;

/**
 * The consultant's pages as a browser drives them: a form with an error comes back with the error on
 * its field and everything typed still there; only a valid form changes anything, and only the
 * consultant's own.
 */
@WebMvcTest({ConsultantController.class, ClientController.class})
@Import({SecurityConfig.class, SimpleMeterRegistry.class, ClientPage.class})
class ConsultantControllerTest {

    static final SignedIn ALICE = SignedIns.consultant(7, "Alice");
    static final long DRAFT = 5;
    static final long ASSESSMENT = 42;
    static final String ADVICE = "/consultant/assessments/" + ASSESSMENT + "/advice";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean

    org.techleadership.advisor.sharing.LinkOpenings linkOpenings;

    @MockitoBean // "Businesses like yours": not shown (an empty Optional) on these pages
    org.techleadership.advisor.assessment.PeerFigures peers;


    @MockitoBean
    ConsultantService consultants;

    @MockitoBean
    CatalogueService catalogues;

    @MockitoBean
    AssessmentService assessments;

    @MockitoBean
    ClientRecords clients;

    @MockitoBean
    ClientMail mail;

    @MockitoBean
    Brands brands; // the share-page cache's, a filter the slice picks up

    @BeforeEach
    void aliceHasOneFinishedClient() {
        Catalogue catalogue = mock(Catalogue.class);
        RoleProfile cio = profile("CIO", "Chief Information Officer (CIO)");
        RoleProfile vcio = profile("VCIO", "Virtual CIO");
        when(catalogue.profiles()).thenReturn(List.of(cio, vcio));
        when(catalogue.profile("CIO")).thenReturn(cio);
        when(catalogue.profile("VCIO")).thenReturn(vcio);
        when(catalogues.current()).thenReturn(catalogue);

        Instant day = Instant.parse("2026-11-30T10:00:00Z");
        Client acme = new Client(7, ClientDetails.named("Acme Ltd"), Client.Source.INVITATION, day);
        ReflectionTestUtils.setField(acme, "id", DRAFT);
        when(clients.find(7, DRAFT)).thenReturn(Optional.of(acme));
        when(consultants.client(7, DRAFT)).thenReturn(Optional.of(new ClientRow(DRAFT, "Acme Ltd", null, null, day,
                ClientRow.Status.DONE, 11L, "draft-token", 4, day, ASSESSMENT, "share-token",
                "Chief Information Officer (CIO)", 92, null, false, day, false, Client.Source.INVITATION, Map.of(), false)));
        AssessmentResult stored = stored();
        when(consultants.assessment(7, ASSESSMENT)).thenReturn(Optional.of(stored));
        when(consultants.history(7, DRAFT)).thenReturn(List.of(stored));
        when(consultants.rerun(anyLong(), anyLong())).thenReturn(Optional.empty());
    }

    private MvcTestResult advise(String code, String reason) {
        return mvc.post().uri(ADVICE).with(user(ALICE)).with(csrf())
                .param("clientId", String.valueOf(DRAFT)).param("code", code).param("reason", reason).exchange();
    }

    @Test
    void aRoleWithAReasonIsSaved() {
        when(consultants.advise(7, ASSESSMENT, "VCIO", "Two days a month is enough.")).thenReturn(true);

        assertThat(advise("VCIO", "Two days a month is enough."))
                .hasRedirectedUrl("/consultant/clients/5#advice").flash().containsEntry("saved", "client.saved.advice");
    }

    @Test
    void aRoleWithoutAReasonIsAnErrorAndKeepsTheRole() {
        MvcTestResult result = advise("VCIO", "  ");

        assertThat(result).hasStatusOk().hasViewName("consultant/client")
                .model().extractingBindingResult("adviceForm").hasFieldErrorCode("reason", "advice.reason.required");
        assertThat(result).bodyText()
                .contains("<option value=\"VCIO\" selected=\"selected\">Virtual CIO</option>")
                .contains("id=\"reason-error\"", "Write the reason your client will read beside your advice.",
                        "href=\"#reason\"");
        verify(consultants, never()).advise(anyLong(), anyLong(), any(), any());
    }

    @Test
    void aReasonWithoutARoleIsAnErrorAndKeepsTheReason() {
        MvcTestResult result = advise("", "Start small & grow");

        assertThat(result).hasStatusOk().hasViewName("consultant/client")
                .model().extractingBindingResult("adviceForm").hasOnlyFieldErrors("code");
        assertThat(result).bodyText().contains("Start small &amp; grow</textarea>", "id=\"code-error\"",
                "href=\"#code\"");
        verify(consultants, never()).advise(anyLong(), anyLong(), any(), any());
        verify(consultants, never()).withdrawAdvice(anyLong(), anyLong());
    }

    @Test
    void aRoleOutsideTheCatalogueIsAnError() {
        assertThat(advise("CHIEF_VIBES_OFFICER", "Because.")).hasStatusOk()
                .model().extractingBindingResult("adviceForm").hasFieldErrorCode("code", "advice.code.unknown");
        verify(consultants, never()).advise(anyLong(), anyLong(), any(), any());
    }

    @Test
    void aReasonOverTwoThousandCharactersIsAnErrorAndKeepsIt() {
        String reason = "r".repeat(2001);

        assertThat(advise("VCIO", reason)).hasStatusOk().bodyText().contains(reason + "</textarea>");
        verify(consultants, never()).advise(anyLong(), anyLong(), any(), any());
    }

    @Test
    void withdrawingTheAdviceIsItsOwnAction() {
        when(consultants.withdrawAdvice(7, ASSESSMENT)).thenReturn(true);

        assertThat(mvc.post().uri(ADVICE + "/withdraw").with(user(ALICE)).with(csrf())
                .param("clientId", String.valueOf(DRAFT)))
                .hasRedirectedUrl("/consultant/clients/5#advice")
                .flash().containsEntry("saved", "client.saved.adviceWithdrawn");
        verify(consultants, never()).advise(anyLong(), anyLong(), any(), any());
    }

    @Test
    void anotherConsultantsAssessmentIsNotFound() {
        // the service answers false for an assessment that is not this consultant's
        Map<String, Integer> statuses = new TreeMap<>();
        for (String action : List.of("/advice", "/advice/withdraw", "/note", "/revoke")) {
            statuses.put(action, mvc.post().uri("/consultant/assessments/99" + action).with(user(ALICE)).with(csrf())
                    .param("clientId", "98").param("code", "VCIO").param("reason", "mine now").param("note", "mine")
                    .param("revoked", "true").exchange().getResponse().getStatus());
        }
        assertThat(statuses).containsOnly(Map.entry("/advice", 404), Map.entry("/advice/withdraw", 404),
                Map.entry("/note", 404), Map.entry("/revoke", 404));
    }

    @Test
    void anotherConsultantsClientIsNotFoundEvenWhenTheFormHasAnError() {
        when(consultants.client(7, 98)).thenReturn(Optional.empty());

        assertThat(mvc.get().uri("/consultant/clients/98").with(user(ALICE))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri(ADVICE).with(user(ALICE)).with(csrf()).param("clientId", "98")
                .param("code", "VCIO").param("reason", "")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theClientsPageShowsTheAdviceAndNoteAsStored() {
        assertThat(mvc.get().uri("/consultant/clients/" + DRAFT).with(user(ALICE))).hasStatusOk().bodyText()
                .contains("<option value=\"CIO\" selected=\"selected\">", "Keep it cheap.</textarea>",
                        "Budget owner is the CFO.</textarea>", "id=\"withdraw-advice\"")
                .doesNotContain("id=\"error-summary\"");
    }

    @Test
    void aFrenchBrowserReadsTheDatesInEnglishLikeTheRestOfThePage() {
        assertThat(mvc.get().uri("/consultant/clients/" + DRAFT).with(user(ALICE)).header("Accept-Language", "fr-FR"))
                .hasStatusOk().bodyText().contains("Added on 30 November 2026").doesNotContain("novembre");
    }

    @Test
    void aNoteOverFourThousandCharactersIsAnErrorAndKeepsIt() {
        String note = "n".repeat(4001);

        MvcTestResult result = mvc.post().uri("/consultant/assessments/" + ASSESSMENT + "/note").with(user(ALICE))
                .with(csrf()).param("clientId", String.valueOf(DRAFT)).param("note", note).exchange();

        assertThat(result).hasStatusOk().model().extractingBindingResult("noteForm").hasOnlyFieldErrors("note");
        assertThat(result).bodyText().contains(note + "</textarea>", "id=\"note-error\"")
                // the advice form beside it still shows what is stored
                .contains("Keep it cheap.</textarea>");
        verify(consultants, never()).note(anyLong(), anyLong(), anyString());
    }

    @Test
    void aNoteIsSaved() {
        when(consultants.note(7, ASSESSMENT, "Call in May.")).thenReturn(true);

        assertThat(mvc.post().uri("/consultant/assessments/" + ASSESSMENT + "/note").with(user(ALICE)).with(csrf())
                .param("clientId", String.valueOf(DRAFT)).param("note", "Call in May."))
                .hasRedirectedUrl("/consultant/clients/5#note").flash().containsEntry("saved", "client.saved.note");
    }

    @Test
    void anInvitationWithoutANameIsAnError() {
        assertThat(mvc.post().uri("/consultant/invite").with(user(ALICE)).with(csrf()).param("clientLabel", "   "))
                .hasStatusOk().hasViewName("consultant/invite")
                .model().extractingBindingResult("inviteForm").hasOnlyFieldErrors("clientLabel");
        verify(clients, never()).create(anyLong(), any());
    }

    @Test
    void aNameOverOneHundredTwentyCharactersIsAnErrorAndKeepsWhatWasTyped() {
        String name = "Acme " + "x".repeat(116);

        MvcTestResult result = mvc.post().uri("/consultant/invite").with(user(ALICE)).with(csrf())
                .param("clientLabel", name).exchange();

        assertThat(result).hasStatusOk().bodyText().contains("value=\"" + name + "\"", "id=\"clientLabel-error\"",
                "Keep the client’s name to 120 characters or fewer.");
        verify(clients, never()).create(anyLong(), any());
    }

    @Test
    void aSearchLongerThanAnyClientNameIsAnErrorNextToItAndListsEveryClient() {
        String typed = "Acme " + "y".repeat(116);

        MvcTestResult result = mvc.get().uri("/consultant").with(user(ALICE)).param("q", typed).param("sort", "oldest")
                .exchange();

        assertThat(result).hasStatusOk().model().extractingBindingResult("clientSearch").hasOnlyFieldErrors("q");
        assertThat(result).bodyText().contains("value=\"" + typed + "\"", "id=\"q-error\"",
                "Search with 120 characters or fewer", "aria-invalid=\"true\"");
        verify(consultants).dashboard(7, "", true, false);
    }

    @Test
    void aSearchOfOneHundredTwentyCharactersFilters() {
        String typed = "z".repeat(120);
        assertThat(mvc.get().uri("/consultant").with(user(ALICE)).param("q", typed)).hasStatusOk()
                .model().extractingBindingResult("clientSearch").hasErrorsCount(0);
        verify(consultants).dashboard(7, typed, false, false);
    }

    @Test
    void aClientListDownloadWithATooLongSearchIsABadRequest() {
        assertThat(mvc.get().uri("/consultant/clients.csv").with(user(ALICE)).param("q", "q".repeat(121)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        verify(consultants, never()).dashboard(anyLong(), anyString(), anyBoolean(), anyBoolean());
    }

    @Test
    void anInvitationOpensTheClientsPage() {
        var draft = mock(org.techleadership.advisor.questionnaire.QuestionnaireDraft.class);
        when(draft.getClientId()).thenReturn(DRAFT);
        when(clients.create(eq(7L), any())).thenReturn(draft);

        assertThat(mvc.post().uri("/consultant/invite").with(user(ALICE)).with(csrf()).param("clientLabel", "Acme Ltd"))
                .hasRedirectedUrl("/consultant/clients/5?invited");
    }

    @Test
    void theWorkspaceNeedsSigningIn() {
        assertThat(mvc.get().uri("/consultant")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(ADVICE).with(csrf()).param("clientId", "5").param("code", "VCIO")
                .param("reason", "x")).hasStatus3xxRedirection();
        verifyNoMoreInteractions(assessments);
        verify(consultants, never()).advise(anyLong(), anyLong(), any(), any());
        verify(consultants, never()).revoke(anyLong(), anyLong(), anyBoolean());
        verify(consultants, never()).client(anyLong(), eq(DRAFT));
    }

    private static <T> T any() {
        return org.mockito.ArgumentMatchers.any();
    }

    private static RoleProfile profile(String code, String name) {
        return new RoleProfile(code, name, code, "", "", "", "", "", "", "", 0, 0, List.of(), List.of(), List.of());
    }

    private static AssessmentResult stored() {
        Assessment assessment = new Assessment("share-token", "Acme Ltd", Instant.parse("2026-11-30T10:05:00Z"), 1,
                "CIO", 92, "{}", Map.of(), 7L, DRAFT);
        ReflectionTestUtils.setField(assessment, "id", ASSESSMENT);
        ReflectionTestUtils.setField(assessment, "adviceCode", "CIO");
        ReflectionTestUtils.setField(assessment, "adviceReason", "Keep it cheap.");
        ReflectionTestUtils.setField(assessment, "privateNote", "Budget owner is the CFO.");
        StoredRecommendation.Fit cio = new StoredRecommendation.Fit("CIO", "Chief Information Officer (CIO)", "CIO",
                92, false, null);
        StoredRecommendation.Fit vcio = new StoredRecommendation.Fit("VCIO", "Virtual CIO", "vCIO", 70, false, null);
        StoredRecommendation view = new StoredRecommendation(1,
                new StoredRecommendation.Result(1, cio, List.of(cio, vcio), List.of(), List.of(), null, List.of(), null),
                new StoredRecommendation.ProfileDetails("CIO", "Chief Information Officer (CIO)", "CIO", "Leads IT.",
                        "", "", "", "", "", "", List.of(), List.of(), List.of()),
                List.of(), null, null);
        return new AssessmentResult(assessment, view, new AssessmentResult.PreparedBy("Alice", null));
    }
}
