package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.account.SignedIns;
import org.techleadership.advisor.mail.SmtpTestServer;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.QuestionnaireService;
import org.techleadership.advisor.support.AnswerSets;

/**
 * The consultant's e-mails, caught by a real SMTP server: the invitation and the share link to the
 * client with working links, the notices when the client starts and finishes, one reminder only,
 * and every delivery listed on the client's page.
 */
@SpringBootTest(properties = {"advisor.mail.poll=false", "advisor.public-url=https://advisor.example"})
@AutoConfigureMockMvc
class ClientMailTest {

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SmtpTestServer.PORT);
    }

    @Autowired MockMvcTester mvc;
    @Autowired AccountService accounts;
    @Autowired ClientRecords clients;
    @Autowired QuestionnaireService questionnaires;
    @Autowired InvitationReminders reminders;
    @Autowired JdbcClient jdbc;

    String suffix;
    AppUser alice;
    SignedIn me;

    @BeforeEach
    void aConsultantAndAMailServer() {
        SmtpTestServer.start();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        alice = accounts.create("alice-mail-" + suffix, "Alice Morgan", "Morgan IT", "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        me = SignedIns.consultant(alice.getId(), "Alice Morgan");
    }

    @AfterAll
    static void mailServerAway() {
        SmtpTestServer.stop();
    }

    private static MimeMessage one(String to) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !SmtpTestServer.received(to).isEmpty());
        List<MimeMessage> got = SmtpTestServer.received(to);
        assertThat(got).hasSize(1);
        return got.get(0);
    }

    private void answerStep(String token, int step) {
        questionnaires.submit(token, step, new LinkedHashMap<>(AnswerSets.byStep(AnswerSets.VCIO, step)),
                QuestionnaireService.Action.NEXT);
    }

    @Test
    void theInvitationTheNoticesAndTheShareLinkArriveWithTheirLinks() throws Exception {
        String client = "ana-" + suffix + "@harbour.test";
        String notices = "alice-" + suffix + "@morgan.test";
        QuestionnaireDraft invitation = clients.create(alice.getId(),
                new ClientDetails("Harbour Bakery", "Ana Silva", client, null, true));
        long id = invitation.getClientId();
        assertThat(mvc.post().uri("/consultant/notifications").with(user(me)).with(csrf()).param("recipient", notices))
                .hasRedirectedUrl("/consultant/notifications");

        assertThat(mvc.post().uri("/consultant/clients/" + id + "/email/invitation").with(user(me)).with(csrf())
                .param("recipient", client).param("message", "As we discussed on Monday."))
                .hasRedirectedUrl("/consultant/clients/" + id + "#invitations");
        MimeMessage invited = one(client);
        assertThat(invited.getSubject()).isEqualTo("Alice Morgan invites you to a short questionnaire");
        String link = "http://localhost/q/" + invitation.getToken();
        assertThat(SmtpTestServer.part(invited, "text/plain")).contains(link, "As we discussed on Monday.",
                "Morgan IT");
        assertThat(SmtpTestServer.part(invited, "text/html")).contains("href=\"" + link + "\"");

        answerStep(invitation.getToken(), 1);
        MimeMessage started = one(notices);
        assertThat(started.getSubject()).isEqualTo("Harbour Bakery started the questionnaire");
        assertThat(SmtpTestServer.part(started, "text/plain")).contains("/consultant/clients/" + id); // the address as the request that answered saw it
        for (int step = 2; step <= 4; step++) {
            answerStep(invitation.getToken(), step);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> SmtpTestServer.received(notices).size() == 2);
        assertThat(SmtpTestServer.received(notices).get(1).getSubject())
                .isEqualTo("Harbour Bakery finished the questionnaire");

        assertThat(mvc.post().uri("/consultant/clients/" + id + "/email/share").with(user(me)).with(csrf())
                .param("recipient", client)).hasRedirectedUrl("/consultant/clients/" + id + "#share");
        String share = questionnaires.find(invitation.getToken()).orElseThrow().getAssessmentToken();
        await().atMost(Duration.ofSeconds(20)).until(() -> SmtpTestServer.received(client).size() == 2);
        assertThat(SmtpTestServer.part(SmtpTestServer.received(client).get(1), "text/plain"))
                .contains("http://localhost/r/" + share);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                mvc.get().uri("/consultant/clients/" + id).with(user(me))).bodyText()
                .contains("Invitation", "Share link", "to " + client, "Your notice: they finished")
                .doesNotContain("Waiting to be sent"));
    }

    @Test
    void aWrongAddressIsAnErrorNextToTheFieldAndNothingIsSent() throws Exception {
        QuestionnaireDraft invitation = clients.create(alice.getId(), ClientDetails.named("Quay Books"));
        String typed = "ana@quay.test, boss@quay.test";

        var result = mvc.post().uri("/consultant/clients/" + invitation.getClientId() + "/email/invitation")
                .with(user(me)).with(csrf()).param("recipient", typed).param("message", "Hello").exchange();

        assertThat(result).hasStatusOk().model().extractingBindingResult("invitationMail")
                .hasFieldErrorCode("recipient", "mailForm.recipient.invalid");
        assertThat(result).bodyText().contains("value=\"" + typed + "\"", "invitation-mail-recipient-error",
                "Enter one e-mail address");
        assertThat(jdbc.sql("select count(*) from outgoing_mail where reference = ?")
                .param("client:" + invitation.getClientId()).query(Long.class).single()).isZero();
    }

    @Test
    void anUnfinishedInvitationGetsOneReminderUnlessTheConsultantSwitchedThemOff() throws Exception {
        String ana = "ana-" + suffix + "@harbour.test";
        String ben = "ben-" + suffix + "@quay.test";
        QuestionnaireDraft quiet = clients.create(alice.getId(), new ClientDetails("Harbour Bakery", null, ana, null, true));
        QuestionnaireDraft off = clients.create(alice.getId(), new ClientDetails("Quay Books", null, ben, null, false));
        for (QuestionnaireDraft invitation : List.of(quiet, off)) {
            mvc.post().uri("/consultant/clients/" + invitation.getClientId() + "/email/invitation").with(user(me))
                    .with(csrf()).param("recipient", invitation == quiet ? ana : ben).exchange();
        }
        one(ana);
        one(ben);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from outgoing_mail where status = 'SENT' and recipient in (?, ?)").params(ana, ben)
                .query(Long.class).single() == 2);
        assertThat(reminders.remind()).as("not yet: answered in the last three days").isZero();

        jdbc.sql("update questionnaire_draft set updated_at = ? where id in (?, ?)")
                .params(LocalDateTime.now(ZoneOffset.UTC).minusDays(4), quiet.getId(), off.getId()).update();
        assertThat(reminders.remind()).isOne();
        assertThat(reminders.remind()).as("one reminder only").isZero();

        await().atMost(Duration.ofSeconds(20)).until(() -> SmtpTestServer.received(ana).size() == 2);
        MimeMessage reminder = SmtpTestServer.received(ana).get(1);
        assertThat(reminder.getSubject()).isEqualTo("A reminder: the questionnaire for Harbour Bakery");
        assertThat(SmtpTestServer.part(reminder, "text/plain")).contains("/q/" + quiet.getToken());
        assertThat(SmtpTestServer.received(ben)).hasSize(1);
    }
}
