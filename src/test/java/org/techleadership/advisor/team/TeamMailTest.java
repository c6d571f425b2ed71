package org.techleadership.advisor.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIns;
import org.techleadership.advisor.consultant.ClientDetails;
import org.techleadership.advisor.consultant.ClientRecords;
import org.techleadership.advisor.mail.SmtpTestServer;
import org.techleadership.advisor.support.AnswerSets;

/**
 * A team's e-mails, caught by a real SMTP server: each member with an address gets their own link
 * when they join, reminders reach only those still waiting and at most once a day, and a deleted
 * team's (or client's) e-mails go with it.
 */
@SpringBootTest(properties = "advisor.mail.poll=false")
@AutoConfigureMockMvc
class TeamMailTest {

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SmtpTestServer.PORT);
    }

    @Autowired MockMvcTester mvc;
    @Autowired TeamAssessments teams;
    @Autowired AccountService accounts;
    @Autowired ClientRecords clients;
    @Autowired JdbcClient jdbc;

    String suffix;

    @BeforeEach
    void aMailServer() {
        SmtpTestServer.start();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterAll
    static void mailServerAway() {
        SmtpTestServer.stop();
    }

    private String address(String who) {
        return who + "-" + suffix + "@harbour.test";
    }

    private static List<MimeMessage> mails(String to, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> SmtpTestServer.received(to).size() >= count);
        return SmtpTestServer.received(to);
    }

    private MockHttpServletResponse post(String path, String... fields) {
        var post = mvc.post().uri(path).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            post = post.param(fields[i], fields[i + 1]);
        }
        return post.exchange().getResponse();
    }

    private String tokenOf(MockHttpServletResponse created) {
        assertThat(created.getStatus()).isEqualTo(302);
        return created.getRedirectedUrl().replaceAll("^/teams/|\\?created$", "");
    }

    private int mailsAbout(TeamAssessment team) {
        return jdbc.sql("select count(*) from outgoing_mail where reference = ?").param("team:" + team.getId())
                .query(Integer.class).single();
    }

    @Test
    void eachMemberWithAnAddressGetsTheirOwnLinkAndRemindersOnceADay() throws Exception {
        String form = mvc.get().uri("/teams/new").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("members[0].email");

        String token = tokenOf(post("/teams", "name", "Harbour Bakery", "members[0].label", "Owner — Ana",
                "members[1].label", "Finance — Ben", "members[1].email", address("ben"),
                "members[2].label", "Operations — Cleo", "members[2].email", address("cleo")));
        TeamAssessment team = teams.organised(token).orElseThrow();
        String ben = team.member("Finance — Ben").orElseThrow().getToken();
        String cleo = team.member("Operations — Cleo").orElseThrow().getToken();
        assertThat(team.member("Owner — Ana").orElseThrow().getEmail()).isNull();

        MimeMessage invited = mails(address("ben"), 1).get(0);
        assertThat(invited.getSubject()).isEqualTo("Your questions for Harbour Bakery");
        assertThat(SmtpTestServer.part(invited, "text/plain")).contains("http://localhost/m/" + ben, "as Finance — Ben")
                .doesNotContain("/m/" + cleo, "/teams/" + token);
        assertThat(SmtpTestServer.part(mails(address("cleo"), 1).get(0), "text/plain"))
                .contains("http://localhost/m/" + cleo);

        // Ben answers; the reminder goes to Cleo alone, and pressing again the same day sends nothing
        teams.answer(null, ben, AnswerSets.CTO.byQuestion());
        String page = HtmlUtils.htmlUnescape(mvc.get().uri("/teams/{t}", token).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Send reminders", address("cleo"));
        assertThat(post("/teams/" + token + "/remind").getRedirectedUrl())
                .isEqualTo("/teams/" + token + "?saved=reminded#members");
        MimeMessage reminder = mails(address("cleo"), 2).get(1);
        assertThat(reminder.getSubject()).isEqualTo("Reminder: your answers for Harbour Bakery");
        assertThat(SmtpTestServer.part(reminder, "text/plain")).contains("http://localhost/m/" + cleo);
        assertThat(teams.organised(token).orElseThrow().member("Operations — Cleo").orElseThrow().getRemindedAt())
                .isNotNull();

        assertThat(post("/teams/" + token + "/remind").getRedirectedUrl())
                .isEqualTo("/teams/" + token + "?saved=nobody#members");
        assertThat(HtmlUtils.htmlUnescape(mvc.get().uri("/teams/{t}?saved=nobody", token).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))).contains("Nobody to remind now")
                .doesNotContain("id=\"send-reminders\"");
        // a closed round reminds nobody
        teams.answer(null, team.member("Owner — Ana").orElseThrow().getToken(), AnswerSets.CTO.byQuestion());
        teams.close(token);
        MockHttpServletResponse closed = post("/teams/" + token + "/remind");
        assertThat(closed.getStatus()).isEqualTo(409);
        assertThat(closed.getContentAsString(StandardCharsets.UTF_8)).contains("round is closed");

        Thread.sleep(1000);
        assertThat(SmtpTestServer.received(address("cleo"))).hasSize(2);
        assertThat(SmtpTestServer.received(address("ben"))).hasSize(1);

        // an owner's team deleted: its e-mails, and the addresses they went to, go with it
        assertThat(mailsAbout(team)).isEqualTo(3);
        post("/teams/" + token + "/delete");
        assertThat(mailsAbout(team)).isZero();
    }

    @Test
    void anAddedMemberGetsTheirLinkAndAWrongAddressIsAnErrorBesideIt() throws Exception {
        String token = tokenOf(post("/teams", "name", "Quay Books", "members[0].label", "Owner — Ana",
                "members[1].label", "Finance — Ben"));

        MockHttpServletResponse wrong = post("/teams/" + token + "/members", "label", "Sales — Dev",
                "email", "dev@quay, boss@quay.test");
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(wrong.getContentAsString(StandardCharsets.UTF_8)))
                .contains("id=\"email-error\"", "Enter the e-mail address alone", "value=\"Sales — Dev\"");
        MockHttpServletResponse wrongRow = post("/teams", "name", "Quay Books", "members[0].label", "Owner — Ana",
                "members[1].label", "Finance — Ben", "members[1].email", "ben at quay");
        assertThat(wrongRow.getStatus()).isEqualTo(400);
        assertThat(wrongRow.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"members[1].email-error\"");

        assertThat(post("/teams/" + token + "/members", "label", "Sales — Dev", "email", address("dev"))
                .getStatus()).isEqualTo(302);
        String dev = teams.organised(token).orElseThrow().member("Sales — Dev").orElseThrow().getToken();
        assertThat(SmtpTestServer.part(mails(address("dev"), 1).get(0), "text/plain"))
                .contains("http://localhost/m/" + dev, "Quay Books");
    }

    @Test
    void aDeletedTeamsOrClientsMailsGoWithIt() throws Exception {
        AppUser alice = accounts.create("alice-teammail-" + suffix, "Alice Morgan", "Morgan IT",
                "alice-password-" + suffix, AppUser.Role.CONSULTANT);
        var me = SignedIns.consultant(alice.getId(), "Alice Morgan");
        long clientId = clients.create(alice.getId(), ClientDetails.named("Harbour Bakery")).getClientId();
        List<TeamAssessment> made = new ArrayList<>();
        for (String team : List.of("first", "second")) {
            var created = mvc.post().uri("/consultant/clients/{c}/teams", clientId).with(user(me)).with(csrf())
                    .param("name", "Harbour Bakery " + team).param("members[0].label", "Owner — Ana")
                    .param("members[0].email", address("ana-" + team)).param("members[1].label", "Finance — Ben")
                    .exchange().getResponse();
            made.add(teams.organised(tokenOf(created)).orElseThrow());
            mails(address("ana-" + team), 1);
        }
        assertThat(mailsAbout(made.get(0))).isEqualTo(1);

        post("/teams/" + made.get(0).getToken() + "/delete");
        assertThat(mailsAbout(made.get(0))).isZero();
        assertThat(mailsAbout(made.get(1))).isEqualTo(1);

        assertThat(mvc.post().uri("/consultant/clients/{c}/delete", clientId).with(user(me)).with(csrf())
                .param("confirm", "true")).hasStatus3xxRedirection();
        assertThat(mailsAbout(made.get(1))).isZero();
        assertThat(mvc.get().uri("/teams/{t}", made.get(1).getToken())).hasStatus(410);
    }
}
