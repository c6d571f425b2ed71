package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.account.SignedIns;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.QuestionnaireService;
import org.techleadership.advisor.support.AnswerSets;

/**
 * "Let me add my advice before my client sees the result": a held take shows nothing of its
 * recommendation on any of its four doors (the client's result page, the share page, its PDF and
 * the API) and is never kept by the share-page cache; it is released only once advice is saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewBeforeReleaseTest {

    @Autowired MockMvcTester mvc;
    @Autowired AccountService accounts;
    @Autowired QuestionnaireService questionnaires;
    @Autowired ClientRecords clients;
    @Autowired ConsultantService consultants;
    @Autowired AssessmentService assessments;
    @Autowired MeterRegistry meters;

    AppUser alice;
    SignedIn me;

    @BeforeEach
    void aConsultant() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        alice = accounts.create("alice-rev-" + suffix, "Alice Morgan", "Morgan IT", "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        me = SignedIns.consultant(alice.getId(), "Alice Morgan");
    }

    /** Invited through the form, with the box ticked, and answered as a vCIO would. */
    private QuestionnaireDraft heldTake(String name) {
        assertThat(mvc.post().uri("/consultant/invite").with(user(me)).with(csrf()).param("clientLabel", name)
                .param("reviewFirst", "true").exchange()).hasStatus3xxRedirection();
        Client client = clients.all(alice.getId()).stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow();
        QuestionnaireDraft invitation = consultants.invitations(alice.getId(), client.getId()).get(0);
        return answered(invitation);
    }

    private QuestionnaireDraft answered(QuestionnaireDraft invitation) {
        for (int step = 1; step <= 4; step++) {
            questionnaires.submit(invitation.getToken(), step,
                    new LinkedHashMap<>(AnswerSets.byStep(AnswerSets.VCIO, step)), QuestionnaireService.Action.NEXT);
        }
        return questionnaires.find(invitation.getToken()).orElseThrow();
    }

    private long assessmentOf(QuestionnaireDraft take) {
        return consultants.client(alice.getId(), take.getClientId()).orElseThrow().assessmentId();
    }

    private void assertNothingShown(QuestionnaireDraft take) throws Exception {
        String share = take.getAssessmentToken();
        var result = mvc.get().uri("/q/{t}/result", take.getToken()).exchange().getResponse();
        assertThat(result.getStatus()).isEqualTo(200);
        assertThat(result.getContentAsString(StandardCharsets.UTF_8))
                .contains("Your answers are with Alice Morgan", "release your recommendation")
                .doesNotContain(AnswerSets.VCIO_NAME, share, "Fit ");

        var page = mvc.get().uri("/r/{t}", share).exchange().getResponse();
        assertThat(page.getStatus()).isEqualTo(403);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("not released yet")
                .doesNotContain(AnswerSets.VCIO_NAME, "Fit ");

        var pdf = mvc.get().uri("/r/{t}.pdf", share).exchange().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(403);
        assertThat(pdf.getContentType()).doesNotContain("pdf");
        assertThat(pdf.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(AnswerSets.VCIO_NAME);

        assertThat(mvc.get().uri("/api/v1/assessments/{t}", share).accept(MediaType.APPLICATION_JSON).exchange())
                .hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyText().contains("Not released yet").doesNotContain(AnswerSets.VCIO_NAME, "VCIO");
    }

    @Test
    void aHeldTakeShowsNothingOfItsRecommendationOnAnyDoor() throws Exception {
        assertNothingShown(heldTake("Harbour Bakery"));
    }

    @Test
    void aHeldTakeIsReleasedOnlyOnceAdviceIsSaved() throws Exception {
        QuestionnaireDraft take = heldTake("Quay Books");
        long id = assessmentOf(take);

        String dashboard = mvc.get().uri("/consultant").with(user(me)).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(dashboard).contains("Awaiting your review");
        String client = mvc.get().uri("/consultant/clients/{c}", take.getClientId()).with(user(me)).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(client).contains("Held for your review", "Add your advice below first")
                .containsPattern("id=\"release\"[^>]*disabled");

        // the button is disabled, but a request made anyway is refused by the service
        assertThat(mvc.post().uri("/consultant/assessments/{id}/release", id).param("clientId", "" + take.getClientId())
                .with(user(me)).with(csrf()).exchange()).hasStatus3xxRedirection();
        assertThat(assessments.release(alice.getId(), id)).isEqualTo(AssessmentService.Release.NEEDS_ADVICE);
        assertNothingShown(take);

        consultants.advise(alice.getId(), id, "FRACTIONAL_CTO", "You are building software to sell.");
        assertNothingShown(take); // advice alone does not release it
        assertThat(mvc.post().uri("/consultant/assessments/{id}/release", id).param("clientId", "" + take.getClientId())
                .with(user(me)).with(csrf()).exchange()).hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/r/{t}", take.getAssessmentToken()).exchange()).hasStatusOk()
                .bodyText().contains("Alice Morgan recommends: Fractional CTO", AnswerSets.VCIO_NAME);
        assertThat(mvc.get().uri("/q/{t}/result", take.getToken()).exchange()).hasStatusOk()
                .bodyText().contains("Alice Morgan recommends: Fractional CTO", take.getAssessmentToken());
        assertThat(mvc.get().uri("/api/v1/assessments/{t}", take.getAssessmentToken()).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/consultant").with(user(me)).exchange()).bodyText()
                .doesNotContain("Awaiting your review");
    }

    @Test
    void theShareCacheNeverKeepsAHeldPage() throws Exception {
        QuestionnaireDraft take = heldTake("Old Mill Ltd");
        double kept = meters.counter("advisor.share.page.kept").count();
        for (int i = 0; i < 3; i++) {
            assertThat(mvc.get().uri("/r/{t}", take.getAssessmentToken()).exchange()).hasStatus(403);
        }
        assertThat(meters.counter("advisor.share.page.kept").count()).isEqualTo(kept);

        long id = assessmentOf(take);
        consultants.advise(alice.getId(), id, "FRACTIONAL_CTO", "You are building software to sell.");
        assertThat(consultants.release(alice.getId(), id)).isEqualTo(AssessmentService.Release.RELEASED);
        assertThat(mvc.get().uri("/r/{t}", take.getAssessmentToken()).exchange()).hasStatusOk()
                .bodyText().contains("Alice Morgan recommends: Fractional CTO");
    }

    @Test
    void theClientsSettingReachesItsOpenInvitationAndOnlyNewTakesAreHeld() throws Exception {
        QuestionnaireDraft first = clients.create(alice.getId(), ClientDetails.named("Acme"));
        QuestionnaireDraft released = answered(first);
        assertThat(mvc.get().uri("/r/{t}", released.getAssessmentToken()).exchange()).hasStatusOk();

        QuestionnaireDraft second = clients.reinvite(alice.getId(), first.getClientId()).orElseThrow();
        assertThat(mvc.post().uri("/consultant/clients/{c}/details", first.getClientId()).with(user(me)).with(csrf())
                .param("name", "Acme").param("reviewFirst", "true").exchange()).hasStatus3xxRedirection();
        assertThat(clients.find(alice.getId(), first.getClientId()).orElseThrow().isReviewFirst()).isTrue();
        assertThat(questionnaires.find(second.getToken()).orElseThrow().isReviewFirst()).isTrue();

        assertNothingShown(answered(second));
        assertThat(mvc.get().uri("/r/{t}", released.getAssessmentToken()).exchange()).hasStatusOk();
    }

    @Test
    void aTakeWithoutReviewIsReleasedAtOnce() {
        QuestionnaireDraft take = answered(clients.create(alice.getId(), ClientDetails.named("Plain Ltd")));
        assertThat(consultants.assessment(alice.getId(), assessmentOf(take)).orElseThrow().assessment().isHeld())
                .isFalse();
    }
}
