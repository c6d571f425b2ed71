package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIns;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.QuestionnaireService;
import org.techleadership.advisor.support.AnswerSets;

/** The funnel counts each step in its month, and a consultant's own look at a share page is not an opening. */
@SpringBootTest
@AutoConfigureMockMvc
class FunnelTest {

    @Autowired MockMvcTester mvc;
    @Autowired AccountService accounts;
    @Autowired QuestionnaireService questionnaires;
    @Autowired ClientRecords clients;
    @Autowired Funnel funnel;

    @Test
    void invitedStartedFinishedAndEachAnonymousOpeningCountInTheirMonth() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser dana = accounts.create("dana-funnel-" + suffix, "Dana Reyes", null, "dana-password-" + suffix,
                AppUser.Role.CONSULTANT);
        QuestionnaireDraft answered = clients.create(dana.getId(), ClientDetails.named("Harbour Bakery"));
        clients.create(dana.getId(), ClientDetails.named("Quay Books"));
        for (int step = 1; step <= 4; step++) {
            questionnaires.submit(answered.getToken(), step, new LinkedHashMap<>(AnswerSets.byStep(AnswerSets.VCIO, step)),
                    QuestionnaireService.Action.NEXT);
        }
        String share = questionnaires.find(answered.getToken()).orElseThrow().getAssessmentToken();
        mvc.get().uri("/r/" + share).exchange(); // rendered and kept
        mvc.get().uri("/r/" + share).exchange(); // from the kept page
        // a signed-in browser carries its session cookie, so the kept page is passed by, and it is not counted
        mvc.get().uri("/r/" + share).cookie(new jakarta.servlet.http.Cookie("SESSION", "dana"))
                .with(user(SignedIns.consultant(dana.getId(), "Dana"))).exchange();
        mvc.get().uri("/r/" + share + ".pdf").exchange();
        mvc.get().uri("/r/" + share + ".pdf").with(user(SignedIns.consultant(dana.getId(), "Dana"))).exchange();

        List<Funnel.Figures> figures = funnel.of(dana.getId(), List.of());
        Funnel.Figures invitations = figures.get(0);
        assertThat(invitations.link()).isEqualTo(Funnel.Link.INVITATIONS);
        assertThat(invitations.months()).singleElement().isEqualTo(new Funnel.Month(YearMonth.now(ZoneOffset.UTC),
                2, 1, 1, 2, 1));
        assertThat(figures.get(1).months()).isEmpty();

        assertThat(mvc.get().uri("/consultant/figures").with(user(SignedIns.consultant(dana.getId(), "Dana"))))
                .hasStatusOk().bodyText().contains("Your invitations", "Share link opened", "PDF downloaded");
    }
}
