package org.techleadership.advisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;

/**
 * A finished questionnaire's link shows its result, not its last step; pressing the last button
 * again, or answering again without changing anything, makes no second take; a new take comes
 * only when the person chose to change their answers and did. An invited client's result page
 * shows their consultant's advice and offers no unattributed fresh start.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FinishedQuestionnaireTest {

    @Autowired MockMvcTester mvc;
    @Autowired QuestionnaireService drafts;
    @Autowired AssessmentService assessments;
    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;

    private String finished(String label, Long consultantId) {
        QuestionnaireDraft draft = drafts.start(label, consultantId);
        for (int step = 1; step <= 4; step++) {
            drafts.submit(draft.getToken(), step, new LinkedHashMap<>(AnswerSets.byStep(AnswerSets.CIO, step)),
                    QuestionnaireService.Action.NEXT);
        }
        return draft.getToken();
    }

    private long takes(String token) {
        return jdbc.sql("select count(*) from assessment a join questionnaire_draft d on a.draft_id = d.id where d.token = ?")
                .param(token).query(Long.class).single();
    }

    private String shareToken(String token) {
        return drafts.find(token).orElseThrow().getAssessmentToken();
    }

    private MvcTestResult post(String path, Map<String, String> form) {
        var request = mvc.post().uri(path).with(csrf());
        form.forEach(request::param);
        return request.exchange();
    }

    private MvcTestResult answer(String token, int step, Answers answers) {
        Map<String, String> form = new LinkedHashMap<>(AnswerSets.byStep(answers, step));
        form.put("action", "next");
        return post("/q/" + token + "/" + step, form);
    }

    @Test
    void aFinishedLinkShowsTheResultAndTheLastButtonPressedAgainMakesNoSecondTake() {
        String token = finished(null, null);
        String share = shareToken(token);

        assertThat(mvc.get().uri("/q/" + token).exchange()).hasRedirectedUrl("/q/" + token + "/result");
        assertThat(mvc.get().uri("/q/" + token + "/4").exchange()).hasRedirectedUrl("/q/" + token + "/result");
        // an old tab still on step 4 sends it again
        assertThat(answer(token, 4, AnswerSets.CIO)).hasRedirectedUrl("/q/" + token + "/result");
        assertThat(answer(token, 4, AnswerSets.VCTO)).hasRedirectedUrl("/q/" + token + "/result");
        assertThat(takes(token)).isOne();
        assertThat(shareToken(token)).isEqualTo(share);
        assertThat(drafts.find(token).orElseThrow().getAnswers()).isEqualTo(AnswerSets.CIO.byQuestion());

        assertThat(mvc.get().uri("/q/" + token + "/result").exchange()).hasStatusOk().bodyText()
                .contains("Change an answer", "This result and its links stay as they are until you finish",
                        "Start again with a blank questionnaire");
    }

    @Test
    void answeringAgainUnchangedKeepsTheTakeAndChangedMakesANewOne() {
        String token = finished(null, null);
        String first = shareToken(token);

        assertThat(post("/q/" + token + "/again", Map.of())).hasRedirectedUrl("/q/" + token + "/1");
        assertThat(mvc.get().uri("/q/" + token + "/1").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/q/" + token + "/result").exchange()).hasStatusOk().bodyText()
                .contains("You are changing your answers", "Go on with your answers");
        for (int step = 1; step <= 4; step++) {
            answer(token, step, AnswerSets.CIO);
        }
        assertThat(takes(token)).isOne();
        assertThat(shareToken(token)).isEqualTo(first);
        assertThat(mvc.get().uri("/q/" + token + "/4").exchange()).hasRedirectedUrl("/q/" + token + "/result");

        post("/q/" + token + "/again", Map.of());
        for (int step = 1; step <= 4; step++) {
            answer(token, step, AnswerSets.CTO);
        }
        assertThat(takes(token)).isEqualTo(2);
        String second = shareToken(token);
        assertThat(second).isNotEqualTo(first);
        assertThat(mvc.get().uri("/r/" + first).exchange()).hasStatusOk(); // the first take's link still works
        assertThat(assessments.answersOf(second)).isEqualTo(AnswerSets.CTO.byQuestion());
    }

    @Test
    void anInvitedClientSeesTheirConsultantsAdviceAndNoUnattributedFreshStart() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser alice = accounts.create("alice-fin-" + suffix, "Alice Morgan", null, "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        String token = finished("Harbour Bakery", alice.getId());
        long assessmentId = jdbc.sql("select id from assessment where token = ?").param(shareToken(token))
                .query(Long.class).single();
        assertThat(assessments.advise(alice.getId(), assessmentId, "FRACTIONAL_CTO", "Your product plans need a builder."))
                .isTrue();

        String page = mvc.get().uri("/q/" + token + "/result").exchange().getResponse().getContentAsString();
        assertThat(page).contains("Alice Morgan recommends", "Your product plans need a builder.", "Change an answer")
                .doesNotContain("Start again with a blank questionnaire");
    }

    @Test
    void anInvitationSaysWhoItIsForAndWhoSentItAndAnOwnersQuestionnaireDoesNot() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser alice = accounts.create("alice-inv-" + suffix, "Alice Morgan", "Morgan IT", "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        QuestionnaireDraft invitation = drafts.start("Harbour Bakery", alice.getId());
        for (int visit = 0; visit < 2; visit++) { // the second visit would be the kept page's, if it were kept
            assertThat(mvc.get().uri("/q/" + invitation.getToken() + "/1").exchange().getResponse().getContentAsString())
                    .contains("Prepared for Harbour Bakery by Alice Morgan, Morgan IT");
        }
        QuestionnaireDraft own = drafts.start(null, null);
        for (int visit = 0; visit < 2; visit++) {
            assertThat(mvc.get().uri("/q/" + own.getToken() + "/1").exchange().getResponse().getContentAsString())
                    .doesNotContain("Prepared for", "Alice Morgan");
        }
        // and an invitation opened after an owner's page was kept is still named
        QuestionnaireDraft another = drafts.start("Quay Books", alice.getId());
        assertThat(mvc.get().uri("/q/" + another.getToken() + "/1").exchange().getResponse().getContentAsString())
                .contains("Prepared for Quay Books by Alice Morgan, Morgan IT");
    }
}
