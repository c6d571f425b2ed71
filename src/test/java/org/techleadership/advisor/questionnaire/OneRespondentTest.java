package org.techleadership.advisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.support.AnswerSets;

/**
 * One invitation is one respondent: a second person on a link in use sees a clear message, not
 * the first person's answers, and changes nothing; the same person on another device can go on.
 * A business owner's own questionnaire has no such check (its link is theirs alone).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OneRespondentTest {

    @Autowired MockMvcTester mvc;
    @Autowired QuestionnaireService drafts;
    @Autowired AccountService accounts;

    private MvcTestResult answer(String token, int step, Cookie cookie) {
        var request = mvc.post().uri("/q/" + token + "/" + step).with(csrf()).param("action", "next");
        AnswerSets.byStep(AnswerSets.CIO, step).forEach(request::param);
        if (cookie != null) {
            request.cookie(cookie);
        }
        return request.exchange();
    }

    private static Cookie answerer(MvcTestResult result) {
        Cookie cookie = result.getResponse().getCookie("ANSWERER");
        assertThat(cookie).as("the answerer's cookie").isNotNull();
        return cookie;
    }

    private MvcTestResult step(String token, int step, Cookie cookie) {
        var request = mvc.get().uri("/q/" + token + "/" + step);
        if (cookie != null) {
            request.cookie(cookie);
        }
        return request.exchange();
    }

    @Test
    void aSecondPersonSeesAClearMessageAndChangesNothingAndTheSamePersonElsewhereGoesOn() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser alice = accounts.create("alice-one-" + suffix, "Alice Morgan", null, "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        String token = drafts.start("Harbour Bakery", alice.getId()).getToken();

        MvcTestResult first = answer(token, 1, null);
        assertThat(first).hasRedirectedUrl("/q/" + token + "/2");
        Cookie ana = answerer(first);
        assertThat(ana.getPath()).isEqualTo("/q/" + token);
        assertThat(ana.isHttpOnly()).isTrue();

        MvcTestResult stranger = step(token, 1, null);
        assertThat(stranger).hasStatus(409).bodyText().contains("Someone is already answering this invitation",
                "ask Alice Morgan for an invitation of your own").doesNotContain("q-focus", "checked");
        assertThat(answer(token, 2, null)).hasStatus(409);
        Map<String, String> kept = drafts.find(token).orElseThrow().getAnswers();
        assertThat(kept).containsOnlyKeys(AnswerSets.byStep(AnswerSets.CIO, 1).keySet());

        assertThat(step(token, 2, ana)).hasStatusOk();

        // the same person, on their phone: "continue here"
        MvcTestResult moved = mvc.post().uri("/q/" + token + "/continue-here").with(csrf()).exchange();
        assertThat(moved).hasRedirectedUrl("/q/" + token);
        Cookie phone = answerer(moved);
        assertThat(step(token, 2, phone)).hasStatusOk().bodyText().contains("Prepared for Harbour Bakery");
        assertThat(step(token, 2, ana)).hasStatus(409);
    }

    @Test
    void anOwnersOwnQuestionnaireOpensInAnyBrowser() {
        String token = drafts.start(null, null).getToken();
        assertThat(answer(token, 1, null).getResponse().getCookie("ANSWERER")).as("no cookie for an owner").isNull();
        assertThat(step(token, 2, null)).hasStatusOk();
        assertThat(answer(token, 2, null)).hasRedirectedUrl("/q/" + token + "/3");
        assertThat(drafts.find(token).orElseThrow().getAnswers()).hasSize(6);
    }
}
