package org.techleadership.advisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.questionnaire.QuestionnaireService;
import org.techleadership.advisor.support.AnswerSets;
import org.techleadership.advisor.support.FormBrowser;

/**
 * A recommendation its consultant withdrew is shown nowhere: not on the share page, in the PDF, in
 * the API, nor on the result page of the client who answered (which says it was withdrawn and
 * shows neither the recommendation nor its dead link). Restoring it brings all of them back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithdrawnRecommendationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    AssessmentService assessments;

    @Test
    void aWithdrawnRecommendationIsShownNowhereAndARestoredOneEverywhere() throws Exception {
        AppUser consultant = accounts.create("withdraw-" + UUID.randomUUID().toString().substring(0, 8), "Wendy Withdraw",
                null, "withdraw-password-1", AppUser.Role.CONSULTANT);
        String draft = questionnaires.start("Withdrawn Ltd", consultant.getId()).getToken();
        FormBrowser client = new FormBrowser(port);
        for (int step = 1; step <= 4; step++) {
            client.answer(draft, step, AnswerSets.byStep(AnswerSets.CIO, step));
        }
        String token = questionnaires.find(draft).orElseThrow().getAssessmentToken();
        long id = assessments.findShared(token).assessment().getId();
        String result = "/q/" + draft + "/result";
        assertThat(client.get(result).body()).contains(AnswerSets.CIO_NAME).contains("/r/" + token);

        assertThat(assessments.withdraw(consultant.getId(), id)).isTrue();

        HttpResponse<String> owners = client.get(result);
        assertThat(owners.statusCode()).isEqualTo(410);
        assertThat(owners.body()).contains("withdrawn").doesNotContain(AnswerSets.CIO_NAME).doesNotContain(token);
        // withdrawing can be undone, and no new link can be made: the page says what can be done
        assertThat(owners.body()).contains("they can make this same link work again").doesNotContain("new link");
        HttpResponse<String> share = client.get("/r/" + token);
        assertThat(share.statusCode()).isEqualTo(410);
        assertThat(share.body()).doesNotContain(AnswerSets.CIO_NAME);
        assertThat(client.getBytes("/r/" + token + ".pdf").statusCode()).isEqualTo(410);
        HttpResponse<byte[]> api = client.getBytes("/api/v1/assessments/" + token);
        assertThat(api.statusCode()).isEqualTo(410);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(new String(api.body())).contains("withdrawn").doesNotContain("CIO");

        assertThat(assessments.restore(consultant.getId(), id)).isTrue();
        assertThat(client.get(result).body()).contains(AnswerSets.CIO_NAME);
        assertThat(client.get("/r/" + token).statusCode()).isEqualTo(200);
        assertThat(client.getBytes("/api/v1/assessments/" + token).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherConsultantCannotWithdrawIt() {
        AppUser owner = accounts.create("owner-" + UUID.randomUUID().toString().substring(0, 8), "Owen Owner",
                null, "owner-password-12", AppUser.Role.CONSULTANT);
        AppUser other = accounts.create("other-" + UUID.randomUUID().toString().substring(0, 8), "Olga Other",
                null, "other-password-12", AppUser.Role.CONSULTANT);
        AssessmentResult made = assessments.create(AnswerSets.CIO, "Owned Ltd", owner.getId(), null);
        assertThat(assessments.withdraw(other.getId(), made.assessment().getId())).isFalse();
        assertThat(assessments.advise(other.getId(), made.assessment().getId(), "VCIO", "Mine now")).isFalse();
        assertThat(assessments.findShared(made.assessment().getToken()).assessment().getAdviceCode()).isNull();
    }
}
