package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIns;
import org.techleadership.advisor.mail.SmtpTestServer;
import org.techleadership.advisor.practice.PracticeForm;
import org.techleadership.advisor.practice.PracticeService;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.QuestionnaireService;
import org.techleadership.advisor.sharing.LinkOpenings;
import org.techleadership.advisor.support.AnswerSets;

/**
 * A practice's own questionnaire link: a branded start at /p/{slug} that only the declared websites
 * may frame, a questionnaire anyone with it answers (no one-respondent rule), and at the end a
 * follow-up card whose details, given with consent, make one lead on the consultant's dashboard;
 * and "e-mail me my result link", three times at most.
 */
@SpringBootTest(properties = "advisor.mail.poll=false")
@AutoConfigureMockMvc
class PublicLinkTest {

    private static final String PARTNER = "https://www.morgan-it.example";
    private static final String OTHER = "https://blog.morgan-it.example";

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SmtpTestServer.PORT);
    }

    @Autowired MockMvcTester mvc;
    @Autowired AccountService accounts;
    @Autowired PracticeService practices;
    @Autowired QuestionnaireService questionnaires;
    @Autowired ConsultantService consultants;
    @Autowired ClientRecords clients;
    @Autowired LinkOpenings openings;
    @Autowired Funnel funnel;
    @Autowired JdbcClient jdbc;

    String suffix;
    String slug;
    AppUser alice;

    @BeforeEach
    void aPracticeWithTwoWebsites() {
        SmtpTestServer.start();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        alice = accounts.create("alice-pub-" + suffix, "Alice Morgan", null, "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        slug = "morgan-" + suffix;
        practices.save(alice.getId(), form("Morgan IT", slug, PARTNER + "\n" + OTHER));
    }

    @AfterAll
    static void mailServerAway() {
        SmtpTestServer.stop();
    }

    static PracticeForm form(String name, String slug, String origins) {
        PracticeForm form = new PracticeForm();
        form.setName(name);
        form.setSlug(slug);
        form.setEmbedOrigins(origins);
        return form;
    }

    private static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String start() {
        MvcTestResult started = mvc.post().uri("/p/" + slug + "/start").with(csrf()).exchange();
        assertThat(started).hasStatus3xxRedirection();
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).matches("/q/[A-Za-z0-9_-]+/1");
        return location.split("/")[2];
    }

    private MvcTestResult answer(String token, int step) {
        var request = mvc.post().uri("/q/" + token + "/" + step).with(csrf()).param("action", "next");
        AnswerSets.byStep(AnswerSets.CIO, step).forEach(request::param);
        return request.exchange();
    }

    private String finished() {
        String token = start();
        for (int step = 1; step <= 4; step++) {
            assertThat(answer(token, step)).hasStatus3xxRedirection();
        }
        return token;
    }

    @Test
    void anUnknownPracticeIsNotFound() {
        assertThat(mvc.get().uri("/p/nobody-" + suffix)).hasStatus(404);
        assertThat(mvc.post().uri("/p/nobody-" + suffix + "/start").with(csrf())).hasStatus(404);
    }

    @Test
    void theLinkMayBeFramedByTheDeclaredWebsitesOnlyAndEveryOtherPageByNone() throws Exception {
        for (String path : List.of("/p/" + slug, "/p/" + slug + "?embed")) {
            MvcTestResult page = mvc.get().uri(path).exchange();
            assertThat(page).hasStatusOk();
            assertThat(page.getResponse().getHeaders("Content-Security-Policy")).singleElement().asString()
                    .contains("frame-ancestors 'self' " + PARTNER + " " + OTHER + ";")
                    .contains("default-src 'self'; script-src 'self'; style-src 'self';", "form-action 'self'");
            assertThat(page.getResponse().getHeaders("X-Frame-Options")).isEmpty();
        }
        assertThat(html(mvc.get().uri("/p/" + slug + "?embed").exchange()).select("a#embed-start").attr("target"))
                .isEqualTo("_blank");

        for (String path : List.of("/", "/q/" + start() + "/1", "/p/nobody-" + suffix, "/roles")) {
            MvcTestResult page = mvc.get().uri(path).exchange();
            assertThat(page.getResponse().getHeader("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
            assertThat(page.getResponse().getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
        }

        practices.save(alice.getId(), form("Morgan IT", slug, ""));
        MvcTestResult none = mvc.get().uri("/p/" + slug + "?embed").exchange();
        assertThat(none.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(none.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void theLandingPageCarriesThePracticeAndItsOpeningsCountInTheFigures() throws Exception {
        Document page = html(mvc.get().uri("/p/" + slug).exchange());
        assertThat(page.select(".site-header .brand-name").text()).isEqualTo("Morgan IT");
        assertThat(page.select("form[action=/p/" + slug + "/start] input[name=_csrf]")).hasSize(1);
        assertThat(page.text()).contains("Morgan IT offers you this short questionnaire", "about three minutes",
                "No account needed");
        mvc.get().uri("/p/" + slug).with(user(SignedIns.consultant(alice.getId(), "Alice Morgan"))).exchange();

        openings.flush();
        assertThat(openings.of(List.of(slug))).singleElement()
                .satisfies(count -> assertThat(count.opens()).as("anonymous openings only").isEqualTo(1));
        assertThat(mvc.get().uri("/consultant/figures").with(user(SignedIns.consultant(alice.getId(), "Alice Morgan"))))
                .hasStatusOk();
        assertThat(funnel.of(alice.getId(), List.of(slug)).stream()
                .filter(f -> f.link() == Funnel.Link.PUBLIC_LINK).findFirst().orElseThrow().total().invited()).isEqualTo(1);
    }

    @Test
    void aPublicLinkQuestionnaireIsNeverInUseAndNamesNoClient() throws Exception {
        String token = start();
        QuestionnaireDraft draft = questionnaires.find(token).orElseThrow();
        assertThat(draft.getConsultantId()).isEqualTo(alice.getId());
        assertThat(draft.getPublicLink()).isEqualTo(slug);
        assertThat(draft.isInvitation()).isFalse();

        MvcTestResult first = answer(token, 1);
        assertThat(first).hasRedirectedUrl("/q/" + token + "/2");
        assertThat(first.getResponse().getCookie("ANSWERER")).as("no answerer cookie").isNull();
        // another browser, without any cookie, sees and answers the next step
        MvcTestResult elsewhere = mvc.get().uri("/q/" + token + "/2").exchange();
        assertThat(elsewhere).hasStatusOk();
        assertThat(html(elsewhere).select(".prepared-for")).isEmpty();
        assertThat(html(elsewhere).select(".site-header .brand-name").text()).isEqualTo("Morgan IT");
        assertThat(answer(token, 2)).hasRedirectedUrl("/q/" + token + "/3");
    }

    @Test
    void detailsWithoutConsentAreAnErrorNextToTheBoxAndMakeNothing() throws Exception {
        String token = finished();
        Document result = html(mvc.get().uri("/q/" + token + "/result").exchange());
        assertThat(result.select("#follow-up-title").text()).isEqualTo("Would you like Alice Morgan to follow up?");
        assertThat(result.select("label[for=consent1]").text()).isEqualTo("Morgan IT may contact me about this result."
                + " They see my answers and this recommendation. I can ask them to delete it at any time.");

        MvcTestResult refused = mvc.post().uri("/q/" + token + "/details").with(csrf()).param("name", "Ana Silva")
                .param("company", "Harbour Bakery").param("email", "ana@harbour.test").param("_consent", "on").exchange();
        assertThat(refused).hasStatusOk();
        Document page = html(refused);
        assertThat(page.select("#consent-error").text()).contains("Tick the box");
        assertThat(page.select("#name").val()).isEqualTo("Ana Silva");
        assertThat(page.select("#email").val()).isEqualTo("ana@harbour.test");
        assertThat(clients.all(alice.getId())).isEmpty();

        MvcTestResult badMail = mvc.post().uri("/q/" + token + "/details").with(csrf()).param("name", "Ana Silva")
                .param("email", "Ana <ana@harbour.test>").param("consent", "true").exchange();
        assertThat(html(badMail).select("#email-error").text()).contains("like name@example.com");
        assertThat(clients.all(alice.getId())).isEmpty();
        assertThat(consultants.dashboard(alice.getId(), null, false, false)).isEmpty();
    }

    @Test
    void detailsWithConsentMakeOneLeadOnTheDashboardWithTheTake() throws Exception {
        String notices = "alice-" + suffix + "@morgan.test";
        accounts.notifyAt(alice.getId(), notices);
        String token = finished();
        for (int press = 0; press < 2; press++) { // a double click makes one client
            assertThat(mvc.post().uri("/q/" + token + "/details").with(csrf()).param("name", "Ana Silva")
                    .param("company", "Harbour Bakery").param("email", " ana@harbour.test ").param("consent", "true"))
                    .hasStatus3xxRedirection();
        }
        List<Client> leads = clients.all(alice.getId());
        assertThat(leads).singleElement().satisfies(client -> {
            assertThat(client.getName()).isEqualTo("Harbour Bakery");
            assertThat(client.getContactName()).isEqualTo("Ana Silva");
            assertThat(client.getContactEmail()).isEqualTo("ana@harbour.test");
            assertThat(client.getSource()).isEqualTo(Client.Source.PUBLIC_LINK);
            assertThat(client.getConsentedAt()).isNotNull();
        });
        assertThat(consultants.dashboard(alice.getId(), null, false, false)).singleElement().satisfies(row -> {
            assertThat(row.lead()).isTrue();
            assertThat(row.name()).isEqualTo("Harbour Bakery");
            assertThat(row.recommendation()).isEqualTo(AnswerSets.CIO_NAME);
        });
        assertThat(jdbc.sql("select client_label from assessment where draft_id = ?")
                .param(questionnaires.find(token).orElseThrow().getId()).query(String.class).single())
                .isEqualTo("Harbour Bakery");
        await().atMost(Duration.ofSeconds(20)).until(() -> SmtpTestServer.received(notices).size() == 1);
        assertThat(SmtpTestServer.received(notices).get(0).getSubject()).isEqualTo("A new lead: Harbour Bakery");
        Document after = html(mvc.get().uri("/q/" + token + "/result").exchange());
        assertThat(after.select("#follow-up-title")).isEmpty();
        assertThat(after.text()).contains("Thank you. Alice Morgan has your details");
    }

    @Test
    void theOwnResultMailArrivesWithBothLinksThreeTimesAtMost() throws Exception {
        String token = finished();
        String to = "ana-" + suffix + "@harbour.test";
        String share = questionnaires.find(token).orElseThrow().getAssessmentToken();
        assertThat(html(mvc.get().uri("/q/" + token + "/result").exchange()).select("form#result-mail")).hasSize(1);
        for (int sent = 1; sent <= 3; sent++) {
            assertThat(mvc.post().uri("/q/" + token + "/email").with(csrf()).param("recipient", to))
                    .hasRedirectedUrl("/q/" + token + "/result#result-mail-title");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> SmtpTestServer.received(to).size() == 3);
        MimeMessage mail = SmtpTestServer.received(to).get(0);
        assertThat(mail.getSubject()).isEqualTo("Your technology leader recommendation");
        assertThat(SmtpTestServer.part(mail, "text/plain"))
                .contains("http://localhost/q/" + token + "/result", "http://localhost/r/" + share, "Morgan IT");

        MvcTestResult fourth = mvc.post().uri("/q/" + token + "/email").with(csrf()).param("recipient", to).exchange();
        assertThat(fourth).hasStatusOk();
        assertThat(html(fourth).select("#error-summary").text()).contains("e-mailed 3 times already");
        assertThat(jdbc.sql("select count(*) from outgoing_mail where reference = ?")
                .param("draft:" + questionnaires.find(token).orElseThrow().getId()).query(Integer.class).single())
                .isEqualTo(3);

        // deleting the answers deletes these mails, and the address they went to, with them
        long draftId = questionnaires.find(token).orElseThrow().getId();
        assertThat(mvc.post().uri("/q/" + token + "/delete").with(csrf())).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select count(*) from outgoing_mail where reference = ?").param("draft:" + draftId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theSettingsPageGivesTheLinkAndTheFrameToCopyAndWhoMayShowIt() throws Exception {
        practices.save(alice.getId(), form("Morgan \"&\" <IT>", slug, PARTNER));
        Document page = html(mvc.get().uri("/consultant/practice")
                .with(user(SignedIns.consultant(alice.getId(), "Alice Morgan"))).exchange());
        assertThat(page.select(".copy-field #public-url.copy-input").val()).isEqualTo("http://localhost/p/" + slug);
        // the text to copy is the snippet itself; Jsoup's text() is what the reader sees and copies
        assertThat(page.select(".copy-field textarea#embed-code.copy-input").text()).isEqualTo("<iframe src=\"http://localhost/p/"
                + slug + "?embed\" title=\"A questionnaire from Morgan &quot;&amp;&quot; &lt;IT>\" width=\"100%\""
                + " height=\"420\" style=\"border:0\"></iframe>");
        assertThat(page.select("#embed-origins").text()).isEqualTo("These websites may show it: " + PARTNER + ".");
    }
}
