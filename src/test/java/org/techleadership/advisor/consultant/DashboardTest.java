package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
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

/** The dashboard finds clients however their names are accented, and says where a client is. */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardTest {

    @Autowired MockMvcTester mvc;
    @Autowired AccountService accounts;
    @Autowired QuestionnaireService questionnaires;
    @Autowired ClientRecords clients;

    @Test
    void searchIgnoresAccentsAndCaseAndAClientInProgressShowsTheirStepAndLastAnswer() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser dana = accounts.create("dana-dash-" + suffix, "Dana Reyes", null, "dana-password-" + suffix,
                AppUser.Role.CONSULTANT);
        QuestionnaireDraft muller = clients.create(dana.getId(), ClientDetails.named("Müller & Söhne GmbH"));
        clients.create(dana.getId(), ClientDetails.named("Harbour Bakery"));
        questionnaires.submit(muller.getToken(), 1, new LinkedHashMap<>(AnswerSets.byStep(AnswerSets.CIO, 1)),
                QuestionnaireService.Action.NEXT);

        for (String typed : new String[] {"muller", "MÜLLER", "sohne gmbh", "Müller & Söhne"}) {
            String page = mvc.get().uri("/consultant").param("q", typed).with(user(SignedIns.consultant(dana.getId(), "Dana")))
                    .exchange().getResponse().getContentAsString();
            assertThat(page).as("search for %s", typed).contains("Müller &amp; Söhne GmbH").doesNotContain("Harbour Bakery");
        }
        String all = mvc.get().uri("/consultant").with(user(SignedIns.consultant(dana.getId(), "Dana")))
                .exchange().getResponse().getContentAsString();
        assertThat(all).contains("Harbour Bakery", "On step 2, last answer");
        assertThat(ClientSearch.folded("Straße Ça")).isEqualTo("strasse ca");
    }

    @Test
    void aSignedInConsultantWhoStartsAQuestionnaireNamesTheClientAndTheResultIsTheirs() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser dana = accounts.create("dana-start-" + suffix, "Dana Reyes", null, "dana-password-" + suffix,
                AppUser.Role.CONSULTANT);
        var me = SignedIns.consultant(dana.getId(), "Dana");

        assertThat(mvc.post().uri("/start").with(user(me)).with(csrf())).hasRedirectedUrl("/consultant/invite?fromStart");
        assertThat(mvc.get().uri("/consultant/invite?fromStart").with(user(me))).hasStatusOk().bodyText()
                .contains("this questionnaire will be for one of your clients", "Create it and answer it together now");

        var made = mvc.post().uri("/consultant/invite").with(user(me)).with(csrf())
                .param("clientLabel", "Quay Books").param("then", "answer").exchange();
        assertThat(made).hasStatus3xxRedirection();
        String location = made.getResponse().getRedirectedUrl();
        assertThat(location).matches("/q/[A-Za-z0-9_-]+/1");
        String token = location.split("/")[2];
        assertThat(questionnaires.find(token).orElseThrow().getConsultantId()).isEqualTo(dana.getId());
        assertThat(questionnaires.ofConsultant(dana.getId())).extracting(QuestionnaireDraft::getClientLabel)
                .containsExactly("Quay Books");

        // a visitor who is not signed in starts straight away, as before
        assertThat(mvc.post().uri("/start").with(csrf()).exchange().getResponse().getRedirectedUrl())
                .matches("/q/[A-Za-z0-9_-]+/1");
    }
}
