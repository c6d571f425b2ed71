package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.techleadership.advisor.assessment.DeletedLinks;
import org.techleadership.advisor.team.TeamAssessment;
import org.techleadership.advisor.team.TeamAssessments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.account.SignedIns;
import org.techleadership.advisor.questionnaire.InvitationCancelledException;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.QuestionnaireService;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;

/**
 * A client is a record of the consultant's: one row however often invited, its own history even
 * when another client has the same name, and a name, contact, archive and deletion of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClientRecordsTest {

    @Autowired MockMvcTester mvc;
    @Autowired AccountService accounts;
    @Autowired QuestionnaireService questionnaires;
    @Autowired ClientRecords clients;
    @Autowired ConsultantService consultants;
    @Autowired JdbcClient jdbc;
    @Autowired TeamAssessments teams;
    @Autowired DeletedLinks deletedLinks;

    AppUser alice;
    SignedIn me;

    @BeforeEach
    void aConsultant() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        alice = accounts.create("alice-rec-" + suffix, "Alice Morgan", "Morgan IT", "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        me = SignedIns.consultant(alice.getId(), "Alice Morgan");
    }

    private void answer(String token, Answers answers) {
        for (int step = 1; step <= 4; step++) {
            questionnaires.submit(token, step, new LinkedHashMap<>(AnswerSets.byStep(answers, step)),
                    QuestionnaireService.Action.NEXT);
        }
    }

    private String dashboard(String... query) throws Exception {
        var request = mvc.get().uri("/consultant").with(user(me));
        for (int i = 0; i < query.length; i += 2) {
            request = request.param(query[i], query[i + 1]);
        }
        return request.exchange().getResponse().getContentAsString();
    }

    @Test
    void aReinvitedClientIsOneRowWithBothTakesInItsHistory() throws Exception {
        QuestionnaireDraft first = clients.create(alice.getId(), ClientDetails.named("Harbour Bakery"));
        answer(first.getToken(), AnswerSets.VCIO);
        assertThat(mvc.post().uri("/consultant/clients/" + first.getClientId() + "/invite").with(user(me)).with(csrf()))
                .hasRedirectedUrl("/consultant/clients/" + first.getClientId() + "#invitations");
        QuestionnaireDraft second = consultants.invitations(alice.getId(), first.getClientId()).get(0);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        answer(second.getToken(), AnswerSets.CIO);

        assertThat(consultants.dashboard(alice.getId(), "", false, false)).singleElement()
                .satisfies(row -> assertThat(row.recommendation()).isEqualTo(AnswerSets.CIO_NAME));
        assertThat(consultants.history(alice.getId(), first.getClientId())).hasSize(2);
        assertThat(mvc.get().uri("/consultant/clients/" + first.getClientId()).with(user(me))).bodyText()
                .contains("Your client has answered 2 times", "Every invitation, newest first");
        // an address from before client records named the second invitation: it opens the client
        assertThat(mvc.get().uri("/consultant/clients/" + second.getId()).with(user(me)))
                .hasRedirectedUrl("/consultant/clients/" + first.getClientId());
    }

    @Test
    void twoClientsOfTheSameNameAreTwoRecordsWithTheirOwnHistories() throws Exception {
        QuestionnaireDraft first = clients.create(alice.getId(), ClientDetails.named("Acme"));
        answer(first.getToken(), AnswerSets.VCIO);

        var asked = mvc.post().uri("/consultant/invite").with(user(me)).with(csrf()).param("clientLabel", "ACME ").exchange();
        assertThat(asked).hasStatusOk().model().extractingBindingResult("inviteForm")
                .hasFieldErrorCode("clientLabel", "invite.clientLabel.taken");
        assertThat(asked).bodyText().contains("value=\"ACME \"", "Open Acme to invite them again",
                "This is a different client with the same name");
        assertThat(consultants.dashboard(alice.getId(), "", false, false)).hasSize(1);

        assertThat(mvc.post().uri("/consultant/invite").with(user(me)).with(csrf()).param("clientLabel", "Acme")
                .param("sameNameConfirmed", "true")).hasStatus3xxRedirection();
        var rows = consultants.dashboard(alice.getId(), "", false, false);
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(r -> r.recommendation() == null).singleElement()
                .satisfies(other -> assertThat(consultants.history(alice.getId(), other.clientId())).isEmpty());
    }

    @Test
    void aRenamedClientIsRenamedOnItsInvitationAndItsSharePage() throws Exception {
        QuestionnaireDraft invitation = clients.create(alice.getId(), ClientDetails.named("Harbour Bakery"));
        answer(invitation.getToken(), AnswerSets.VCIO);
        String share = questionnaires.find(invitation.getToken()).orElseThrow().getAssessmentToken();
        assertThat(mvc.get().uri("/r/" + share)).bodyText().contains("Harbour Bakery"); // kept by the share cache

        assertThat(mvc.post().uri("/consultant/clients/" + invitation.getClientId() + "/details").with(user(me))
                .with(csrf()).param("name", "Harbour Bakery & Café").param("contactName", "Ana Silva")
                .param("contactEmail", "ana@harbour.test").param("notes", "Met at the fair.").param("reminders", "true"))
                .hasRedirectedUrl("/consultant/clients/" + invitation.getClientId() + "#details");

        assertThat(dashboard()).contains("Harbour Bakery &amp; Café", "Ana Silva");
        assertThat(mvc.get().uri("/r/" + share)).bodyText().contains("Recommendation for Harbour Bakery &amp; Café");
        assertThat(mvc.get().uri("/q/" + invitation.getToken() + "/result")).bodyText()
                .contains("Harbour Bakery &amp; Café");
    }

    @Test
    void aDetailsFormWithErrorsKeepsWhatWasTypedAndChangesNothing() throws Exception {
        QuestionnaireDraft invitation = clients.create(alice.getId(), ClientDetails.named("Quay Books"));

        var result = mvc.post().uri("/consultant/clients/" + invitation.getClientId() + "/details").with(user(me))
                .with(csrf()).param("name", "  ").param("contactEmail", "not an address").param("notes", "Keep me")
                .exchange();
        assertThat(result).hasStatusOk().model().extractingBindingResult("clientForm")
                .hasFieldErrors("name", "contactEmail");
        assertThat(result).bodyText().contains("value=\"not an address\"", "Keep me</textarea>", "id=\"name-error\"",
                "Enter an e-mail address like name@example.com");
        assertThat(clients.find(alice.getId(), invitation.getClientId()).orElseThrow().getName()).isEqualTo("Quay Books");
    }

    @Test
    void anArchivedClientLeavesTheListAndComesBack() throws Exception {
        QuestionnaireDraft invitation = clients.create(alice.getId(), ClientDetails.named("Old Mill Ltd"));
        String archive = "/consultant/clients/" + invitation.getClientId() + "/archive";

        mvc.post().uri(archive).with(user(me)).with(csrf()).param("archived", "true").exchange();
        assertThat(dashboard()).doesNotContain("Old Mill Ltd");
        assertThat(dashboard("show", "archived")).contains("Old Mill Ltd", "One archived client");
        assertThat(mvc.get().uri("/q/" + invitation.getToken())).as("its link keeps working").hasStatus3xxRedirection();

        mvc.post().uri(archive).with(user(me)).with(csrf()).param("archived", "false").exchange();
        assertThat(dashboard()).contains("Old Mill Ltd");
    }

    @Test
    void aCancelledInvitationSaysSoAndTakesNoAnswers() throws Exception {
        QuestionnaireDraft invitation = clients.create(alice.getId(), ClientDetails.named("Harbour Bakery"));
        questionnaires.submit(invitation.getToken(), 1, new LinkedHashMap<>(AnswerSets.byStep(AnswerSets.CIO, 1)),
                QuestionnaireService.Action.NEXT);
        String cancel = "/consultant/clients/" + invitation.getClientId() + "/invitations/" + invitation.getId() + "/cancel";
        QuestionnaireDraft other = clients.create(alice.getId(), ClientDetails.named("Quay Books"));
        assertThat(mvc.post().uri("/consultant/clients/" + other.getClientId() + "/invitations/" + invitation.getId()
                + "/cancel").with(user(me)).with(csrf())).as("not that client's invitation").hasStatus(HttpStatus.NOT_FOUND);

        assertThat(mvc.post().uri(cancel).with(user(me)).with(csrf())).hasStatus3xxRedirection();
        assertThatThrownBy(() -> questionnaires.submit(invitation.getToken(), 2,
                new LinkedHashMap<>(AnswerSets.byStep(AnswerSets.CIO, 2)), QuestionnaireService.Action.NEXT))
                .isInstanceOf(InvitationCancelledException.class);

        for (String page : new String[] {"", "/1", "/2", "/result"}) {
            assertThat(mvc.get().uri("/q/" + invitation.getToken() + page)).as(page).hasStatus(HttpStatus.GONE)
                    .bodyText().contains("This invitation was cancelled", "Alice Morgan cancelled this invitation",
                            "Delete what I answered");
        }
        assertThat(mvc.post().uri("/q/" + invitation.getToken() + "/2").with(csrf())
                .params(AnswerSets.CIO.byQuestion().entrySet().stream().collect(
                        org.springframework.util.LinkedMultiValueMap::new, (m, e) -> m.add(e.getKey(), e.getValue()),
                        org.springframework.util.LinkedMultiValueMap::addAll))).hasStatus(HttpStatus.GONE);
        assertThat(consultants.dashboard(alice.getId(), "Harbour", false, false)).singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(ClientRow.Status.CANCELLED));
        // the respondent may still delete what they gave
        assertThat(mvc.get().uri("/q/" + invitation.getToken() + "/delete")).hasStatusOk();
    }

    @Test
    void aFinishedInvitationIsNotCancelledItsShareLinkIsWithdrawnInstead() throws Exception {
        QuestionnaireDraft invitation = clients.create(alice.getId(), ClientDetails.named("Harbour Bakery"));
        answer(invitation.getToken(), AnswerSets.VCIO);

        assertThat(mvc.post().uri("/consultant/clients/" + invitation.getClientId() + "/invitations/"
                + invitation.getId() + "/cancel").with(user(me)).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/q/" + invitation.getToken() + "/result")).hasStatusOk();
    }

    @Test
    void deletingAClientDeletesEveryInvitationAndTakeAndTheirLinksSaySo() throws Exception {
        QuestionnaireDraft first = clients.create(alice.getId(), ClientDetails.named("Gone Ltd"));
        answer(first.getToken(), AnswerSets.VCIO);
        QuestionnaireDraft second = clients.reinvite(alice.getId(), first.getClientId()).orElseThrow();
        String share = questionnaires.find(first.getToken()).orElseThrow().getAssessmentToken();

        assertThat(mvc.post().uri("/consultant/clients/" + first.getClientId() + "/delete").with(user(me)).with(csrf())
                .param("confirm", "true")).hasRedirectedUrl("/consultant");

        assertThat(clients.find(alice.getId(), first.getClientId())).isEmpty();
        assertThat(jdbc.sql("select count(*) from questionnaire_draft where client_id = ?").param(first.getClientId())
                .query(Long.class).single()).isZero();
        assertThat(mvc.get().uri("/r/" + share)).hasStatus(HttpStatus.GONE);
        assertThat(mvc.get().uri("/q/" + second.getToken() + "/1")).hasStatus(HttpStatus.GONE);
        assertThat(dashboard()).doesNotContain("Gone Ltd");
    }

    @Test
    void deletingAClientDeletesItsTeamAssessmentsAndTheirLinksSaySo() {
        QuestionnaireDraft invitation = clients.create(alice.getId(), ClientDetails.named("Team Gone Ltd"));
        TeamAssessment team = teams.create("Team Gone Ltd", List.of(new TeamAssessments.NewMember("Owner", null),
                new TeamAssessments.NewMember("Finance", null)), alice.getId(), invitation.getClientId());
        TeamAssessment kept = teams.create("Another client", List.of(new TeamAssessments.NewMember("Owner", null),
                new TeamAssessments.NewMember("Finance", null)), alice.getId(), invitation.getClientId() + 100_000);

        assertThat(clients.delete(alice.getId(), invitation.getClientId())).isTrue();

        assertThat(teams.organised(team.getToken())).isEmpty();
        assertThat(deletedLinks.find(team.getToken())).isPresent();
        assertThat(deletedLinks.find(team.getShareToken())).isPresent();
        assertThat(deletedLinks.find(team.getMembers().get(0).getToken())).isPresent();
        assertThat(teams.organised(kept.getToken())).isPresent();
    }
}
