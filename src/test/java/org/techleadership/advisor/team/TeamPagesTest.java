package org.techleadership.advisor.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.account.SignedIns;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;
import org.techleadership.advisor.consultant.ClientDetails;
import org.techleadership.advisor.consultant.ClientRecords;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team pages without a browser: an owner's team made through the form, members answering
 * through their own links, the organiser's changes and refusals, the closed round's share page and
 * PDF after a catalogue edit, and a consultant's teams kept to that consultant.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TeamPagesTest {

    /** The product owner's view: a product company with an engineering team and one salary (a CTO). */
    static final Answers ANA = AnswerSets.CTO;
    /** Finance: the same business, but the aim is how it runs, and a leader two days a week at most. */
    static final Answers BEN = with(AnswerSets.CTO, "focus", "PROCESS", "budget", "PART_TIME");
    /** Operations agrees with the owner. */
    static final Answers CLEO = AnswerSets.CTO;

    @Autowired MockMvcTester mvc;
    @Autowired TeamAssessments teams;
    @Autowired CatalogueEditor editor;
    @Autowired JsonMapper json;
    @Autowired AccountService accounts;
    @Autowired ClientRecords clients;

    CatalogueDocument original;

    @BeforeEach
    void theSeed() {
        editor.discard("test");
        original = editor.current().document();
    }

    @AfterEach
    void putTheSeedBack() {
        editor.discard("test");
        if (!editor.current().document().profiles().equals(original.profiles())) {
            assertThat(editor.importDocument(json.writeValueAsString(original), "test", "restored the seed")).isEmpty();
            editor.publish("test", "restored the seed");
        }
    }

    static Answers with(Answers base, String... keysAndValues) {
        Map<String, String> answers = new LinkedHashMap<>(base.byQuestion());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Answers(answers);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Makes a team through the owner's form; returns its organiser token. */
    private String ownersTeam(String name, String... labels) {
        var post = mvc.post().uri("/teams").with(csrf()).param("name", name);
        for (int i = 0; i < labels.length; i++) {
            post = post.param("members[" + i + "].label", labels[i]);
        }
        return tokenOf(post.exchange().getResponse());
    }

    private static String tokenOf(MockHttpServletResponse created) {
        assertThat(created.getStatus()).isEqualTo(302);
        String location = created.getRedirectedUrl();
        assertThat(location).matches("/teams/[A-Za-z0-9_-]{32}\\?created");
        return location.substring("/teams/".length(), location.indexOf('?'));
    }

    private TeamAssessment team(String token) {
        return teams.organised(token).orElseThrow();
    }

    private String memberToken(String token, String label) {
        return team(token).member(label).orElseThrow().getToken();
    }

    private MockHttpServletResponse answer(String memberToken, Map<String, String> answers) {
        var post = mvc.post().uri("/m/{t}", memberToken).with(csrf());
        for (var e : answers.entrySet()) {
            post = post.param(e.getKey(), e.getValue());
        }
        return post.exchange().getResponse();
    }

    private void answers(String memberToken, Answers answers) {
        MockHttpServletResponse response = answer(memberToken, answers.byQuestion());
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/m/" + memberToken);
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private String page(String uri, Object... vars) throws Exception {
        MockHttpServletResponse response = mvc.get().uri(uri, vars).exchange().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return text(response);
    }

    /** Posts the form fields (name, value, name, value...) to path, as a browser without JavaScript would. */
    private MockHttpServletResponse post(String path, String... fields) {
        var post = mvc.post().uri(path).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            post = post.param(fields[i], fields[i + 1]);
        }
        return post.exchange().getResponse();
    }

    /** Harbour Bakery: Ana, Ben and Cleo have answered; Ben disagrees on the main aim and the budget. */
    private String threeAnswered(String name) {
        String token = ownersTeam(name, "Owner — Ana", "Finance — Ben", "Operations — Cleo");
        answers(memberToken(token, "Owner — Ana"), ANA);
        answers(memberToken(token, "Finance — Ben"), BEN);
        answers(memberToken(token, "Operations — Cleo"), CLEO);
        return token;
    }

    // ---- making a team -------------------------------------------------------------------------

    @Test
    void anOwnerMakesATeamWithoutAnAccountAndIsToldToKeepTheOrganiserLink() throws Exception {
        String form = page("/teams/new");
        assertThat(form).contains("members[5].label").doesNotContain("members[6].label")
                .doesNotContain("members[0].email"); // no e-mail here: the addresses are not asked for
        assertThat(page("/")).contains("href=\"/teams/new\"");

        String token = ownersTeam("Harbour Bakery " + UUID.randomUUID(), "Owner — Ana", "", "Finance — Ben", "  ");
        assertThat(team(token).getMembers()).extracting(TeamMember::getLabel).containsExactly("Owner — Ana",
                "Finance — Ben");

        String created = page("/teams/{t}?created", token);
        assertThat(created).contains("Your private organiser link", "http://localhost/teams/" + token,
                "Keep its link to yourself", "0 of 2 answered");
        for (TeamMember member : team(token).getMembers()) {
            assertThat(created).contains("http://localhost/m/" + member.getToken());
        }
        assertThat(page("/teams/{t}", token)).doesNotContain("Your private organiser link");
    }

    @Test
    void formErrorsStandNextToTheirFieldsAndKeepWhatWasTyped() throws Exception {
        MockHttpServletResponse response = post("/teams", "name", " ", "members[0].label", "Owner — Ana",
                "members[1].label", "owner — ANA", "members[2].label", "x".repeat(61), "members[3].label", "Sales");
        assertThat(response.getStatus()).isEqualTo(400);
        String page = text(response);
        assertThat(page).contains("Error: Answer as a team", "Enter the business’s name.",
                "“owner — ANA” is already a member", "Keep the label to 60 characters or fewer.")
                .contains("value=\"owner — ANA\"", "value=\"" + "x".repeat(61) + "\"", "value=\"Sales\"")
                .contains("href=\"#members-1.label\"", "id=\"members-1.label\"", "id=\"members[1].label-error\"")
                .contains("members[5].label");

        String tooFew = text(post("/teams", "name", "Quay Books", "members[0].label", "Owner — Ana"));
        assertThat(tooFew).contains("Add at least 2 members", "value=\"Quay Books\"", "value=\"Owner — Ana\"");
    }

    @Test
    void aTeamHasAtMostTwelveMembersHoweverTheFormIsSent() throws Exception {
        String[] thirteen = IntStream.rangeClosed(1, 13).mapToObj(i -> "Member " + i).toArray(String[]::new);
        List<String> fields = new ArrayList<>(List.of("name", "Big Bakery"));
        for (int i = 0; i < thirteen.length; i++) {
            fields.addAll(List.of("members[" + i + "].label", thirteen[i]));
        }
        MockHttpServletResponse tooMany = post("/teams", fields.toArray(String[]::new));
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertThat(text(tooMany)).contains("A team has at most 12 members.");

        String token = ownersTeam("Big Bakery", Arrays.copyOf(thirteen, 12));
        assertThat(team(token).getMembers()).hasSize(12);
        assertThat(page("/teams/{t}", token)).doesNotContain("id=\"add-member\"");
        MockHttpServletResponse refused = post("/teams/" + token + "/members", "label", "Member 13");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(text(refused)).contains("id=\"refused-members\"", "A team has at most 12 members.");
    }

    @Test
    void withoutEmailAnAddressSentAnywayIsNotKept() {
        String token = tokenOf(post("/teams", "name", "Quay Books", "members[0].label", "Owner — Ana",
                "members[0].email", "ana@quay.test", "members[1].label", "Finance — Ben"));
        assertThat(team(token).getMembers()).extracting(TeamMember::getEmail).containsOnlyNulls();
        post("/teams/" + token + "/members", "label", "Sales — Dev", "email", "dev@quay.test");
        assertThat(team(token).member("Sales — Dev").orElseThrow().getEmail()).isNull();
    }

    // ---- members answering ---------------------------------------------------------------------

    @Test
    void aMemberWhoLeavesQuestionsOutIsToldWhichAndKeepsTheirChoices() throws Exception {
        String token = ownersTeam("Harbour Bakery", "Owner — Ana", "Finance — Ben");
        String ben = memberToken(token, "Finance — Ben");
        String questions = page("/m/{t}", ben);
        assertThat(questions).contains("You are answering for Harbour Bakery as Finance — Ben",
                "What the technology is for", "Time and money", "name=\"_csrf\"");

        Map<String, String> some = new LinkedHashMap<>(BEN.byQuestion());
        some.remove("budget");
        some.remove("regulation");
        MockHttpServletResponse response = answer(ben, some);
        assertThat(response.getStatus()).isEqualTo(400);
        String page = text(response);
        assertThat(page).contains("Error: Harbour Bakery – your answers", "href=\"#q-budget\"", "href=\"#q-regulation\"",
                "id=\"q-budget-error\"", "id=\"q-regulation-error\"")
                .doesNotContain("id=\"q-focus-error\"");
        assertThat(page).containsPattern("id=\"q-focus-PROCESS\"[^>]*checked");
        assertThat(team(token).member("Finance — Ben").orElseThrow().hasAnswered()).isFalse();
    }

    @Test
    void aMemberSeesTheOthersOnlyAfterSendingTheirOwn() throws Exception {
        String token = ownersTeam("Harbour Bakery", "Owner — Ana", "Finance — Ben", "Operations — Cleo");
        answers(memberToken(token, "Owner — Ana"), ANA);
        answers(memberToken(token, "Finance — Ben"), BEN);

        String cleo = memberToken(token, "Operations — Cleo");
        String before = page("/m/{t}", cleo);
        assertThat(before).contains("You are answering for Harbour Bakery as Operations — Cleo")
                .doesNotContain("The team’s result", "Owner — Ana", "Finance — Ben", "Who chose what");

        answers(cleo, CLEO);
        String after = page("/m/{t}", cleo);
        assertThat(after).contains("Your answers are in", "Your own answers point to", AnswerSets.CTO_NAME,
                "The team’s result", "Who chose what", "Owner — Ana", "Finance — Ben", "Change my answers");

        // changing: the earlier answers are chosen
        assertThat(page("/m/{t}?change=", cleo)).containsPattern("id=\"q-focus-PRODUCT\"[^>]*checked")
                .contains("Send my changed answers");
    }

    // ---- the organiser -------------------------------------------------------------------------

    @Test
    void theOrganiserSeesTheTeamUnderTheMostCautiousBudgetAndTheDecisiveDisagreementsFirst() throws Exception {
        String token = threeAnswered("Harbour Bakery");
        TeamResult result = teams.result(team(token)).orElseThrow();
        assertThat(result.budget().basis()).isEqualTo("MOST_CAUTIOUS");
        assertThat(result.budget().optionKey()).isEqualTo("PART_TIME");

        String page = page("/teams/{t}", token);
        assertThat(page).contains("3 of 3 answered", result.primaryProfile().name(), result.budget().sentence(),
                "Each member’s own result", "What to settle together", "Which budget should the team result assume?");
        // each member's own first role, side by side
        for (TeamResult.Member m : result.members()) {
            assertThat(page).contains(m.label(), m.recommendation().primary().name());
        }
        // the questions the team disagrees on come first, the decisive one with what it would change
        int focus = page.indexOf("Main aim</span>");
        int budget = page.indexOf("Budget</span>");
        int unanimous = page.indexOf("Everyone answered alike");
        assertThat(focus).isPositive().isLessThan(unanimous);
        assertThat(budget).isPositive().isLessThan(unanimous);
        assertThat(page).contains("2 of 3 chose the same answer", "(agreement 67%)");
        TeamResult.QuestionSpread first = result.questions().get(0);
        assertThat(first.decisive()).isTrue();
        assertThat(page.indexOf(first.shortLabel() + "</span>")).isLessThan(unanimous)
                .isEqualTo(Math.min(focus, budget));
        first.changes().forEach(c -> assertThat(page).contains(c.sentence()));
        assertThat(page).contains("role=\"img\"", "How the team answered: " + first.shortLabel());
    }

    @Test
    void theOrganiserAddsAndRemovesMembersButATeamKeepsTwo() throws Exception {
        String token = ownersTeam("Quay Books", "Owner — Ana", "Finance — Ben");
        MockHttpServletResponse taken = post("/teams/" + token + "/members", "label", "FINANCE — BEN");
        assertThat(taken.getStatus()).isEqualTo(400);
        assertThat(text(taken)).contains("“FINANCE — BEN” is already a member", "value=\"FINANCE — BEN\"");

        MockHttpServletResponse tooLong = post("/teams/" + token + "/members", "label", "y".repeat(61));
        assertThat(tooLong.getStatus()).isEqualTo(400);

        MockHttpServletResponse added = post("/teams/" + token + "/members", "label", "Sales — Dev");
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(added.getRedirectedUrl()).isEqualTo("/teams/" + token + "?saved=added#members");
        assertThat(page("/teams/{t}?saved=added", token)).contains("Sales — Dev", "The member is added");

        long ben = team(token).member("Finance — Ben").orElseThrow().getId();
        String benToken = memberToken(token, "Finance — Ben");
        assertThat(post("/teams/" + token + "/members/" + ben + "/remove").getStatus()).isEqualTo(302);
        assertThat(mvc.get().uri("/m/{t}", benToken)).hasStatus(410);

        long ana = team(token).member("Owner — Ana").orElseThrow().getId();
        MockHttpServletResponse refused = post("/teams/" + token + "/members/" + ana + "/remove");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(text(refused)).contains("id=\"refused-members\"", "A team needs at least 2 members");
        assertThat(team(token).getMembers()).hasSize(2);
    }

    @Test
    void withoutEmailThereAreNoRemindersToSend() throws Exception {
        String token = ownersTeam("Quay Books", "Owner — Ana", "Finance — Ben");
        assertThat(page("/teams/{t}", token)).doesNotContain("Send reminders");
        MockHttpServletResponse refused = post("/teams/" + token + "/remind");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(text(refused)).contains("E-mail is not set up here");
    }

    @Test
    void theOrganiserConfirmsOneOfTheBudgetsGivenAndClosesTheRound() throws Exception {
        String token = threeAnswered("Harbour Bakery");
        MockHttpServletResponse notGiven = post("/teams/" + token + "/budget", "budget", "TWO_EXECUTIVES");
        assertThat(notGiven.getStatus()).isEqualTo(400);
        assertThat(text(notGiven)).contains("Choose one of the budgets members gave");
        assertThat(team(token).getConfirmedBudget()).isNull();

        assertThat(post("/teams/" + token + "/budget", "budget", "FULL_TIME").getStatus()).isEqualTo(302);
        TeamResult confirmed = teams.result(team(token)).orElseThrow();
        assertThat(confirmed.budget().basis()).isEqualTo("CONFIRMED");
        assertThat(page("/teams/{t}", token)).contains(confirmed.budget().sentence());

        assertThat(post("/teams/" + token + "/budget", "budget", "").getStatus()).isEqualTo(302);
        assertThat(teams.result(team(token)).orElseThrow().budget().basis()).isEqualTo("MOST_CAUTIOUS");

        MockHttpServletResponse closed = post("/teams/" + token + "/close");
        assertThat(closed.getRedirectedUrl()).isEqualTo("/teams/" + token + "?saved=closed#close");
        String page = page("/teams/{t}", token);
        assertThat(page).contains("Closed", "The round closed on").doesNotContain("id=\"close-round\"",
                "id=\"add-member\"", "Which budget should the team result assume?", "http://localhost/m/");

        // closed: nothing changes any more, and each refusal says why
        for (MockHttpServletResponse refused : List.of(post("/teams/" + token + "/members", "label", "Late — Zoe"),
                post("/teams/" + token + "/budget", "budget", "FULL_TIME"), post("/teams/" + token + "/close"))) {
            assertThat(refused.getStatus()).isEqualTo(409);
            assertThat(text(refused)).contains("id=\"refused-round\"", "round is closed");
        }
        String ben = memberToken(token, "Finance — Ben");
        MockHttpServletResponse late = answer(ben, ANA.byQuestion());
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(text(late)).contains("round is closed", "The round is closed");
        assertThat(team(token).member("Finance — Ben").orElseThrow().getAnswers()).isEqualTo(BEN.byQuestion());
        assertThat(page("/m/{t}?change=", ben)).doesNotContain("Send my changed answers");
    }

    @Test
    void theRoundClosesOnlyWithTwoAnswers() throws Exception {
        String token = ownersTeam("Quay Books", "Owner — Ana", "Finance — Ben");
        answers(memberToken(token, "Owner — Ana"), ANA);
        assertThat(page("/teams/{t}", token)).contains("1 of 2 so far").doesNotContain("id=\"close-round\"");
        MockHttpServletResponse refused = post("/teams/" + token + "/close");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(text(refused)).contains("id=\"refused-close\"", "at least 2 members have answered");
        assertThat(team(token).isClosed()).isFalse();
        assertThat(mvc.get().uri("/t/{s}.pdf", team(token).getShareToken())).hasStatus(404);
    }

    // ---- sharing -------------------------------------------------------------------------------

    @Test
    void aClosedRoundsSharePageAndPdfKeepTheirResultAfterACatalogueEdit() throws Exception {
        String token = threeAnswered("Harbour Bakery");
        post("/teams/" + token + "/close");
        TeamAssessment team = team(token);
        TeamResult closed = teams.result(team).orElseThrow();
        String code = closed.primary().code();
        String summary = closed.primaryProfile().summary();

        RoleProfile before = editor.current().profile(code);
        RoleProfile edited = new RoleProfile(before.code(), before.name(), before.shortName(), "An edited summary.",
                before.focus(), before.looks(), before.measuredOn(), before.engagement(), before.timeCommitment(),
                before.chooseIf(), before.mapOutward(), before.mapFullTime(), before.responsibilities(),
                before.kpis(), before.nextSteps());
        assertThat(editor.saveProfile(edited, "test")).isEmpty();
        editor.publish("test", "edited the team's first role");

        String share = page("/t/{s}", team.getShareToken());
        assertThat(share).contains("Team recommendation for Harbour Bakery", summary, closed.budget().sentence(),
                "The round closed on", "Who chose what").doesNotContain("An edited summary.")
                .doesNotContain("/m/", "/teams/" + token, "Send reminders", "Close the round");

        var pdf = mvc.get().uri("/t/{s}.pdf", team.getShareToken()).exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(pdf.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("team-Harbour-Bakery.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Team recommendation for Harbour Bakery", summary.replaceAll("\\s+", " "),
                    "What to settle together").doesNotContain("An edited summary.");
        }
    }

    @Test
    void aDeletedTeamsLinksSayDeletedAndUnknownOnesAreNotFound() throws Exception {
        String token = threeAnswered("Old Mill Ltd");
        TeamAssessment team = team(token);
        String member = team.getMembers().get(0).getToken();
        assertThat(page("/teams/{t}/delete", token)).contains("Delete the team assessment of Old Mill Ltd?");
        assertThat(post("/teams/" + token + "/delete").getRedirectedUrl()).isEqualTo("/teams/" + token);

        for (String uri : List.of("/teams/" + token, "/m/" + member, "/t/" + team.getShareToken(),
                "/t/" + team.getShareToken() + ".pdf")) {
            assertThat(mvc.get().uri(uri)).as(uri).hasStatus(410);
        }
        String unknown = "A".repeat(32);
        for (String uri : List.of("/teams/" + unknown, "/m/" + unknown, "/t/" + unknown, "/t/" + unknown + ".pdf",
                "/teams/not-a-token")) {
            assertThat(mvc.get().uri(uri)).as(uri).hasStatus(404);
        }
        assertThat(post("/teams/" + unknown + "/close").getStatus()).isEqualTo(404);
    }

    // ---- a consultant's client -----------------------------------------------------------------

    @Test
    void aConsultantsTeamsBelongToTheirClientAndNobodyElseFindsThem() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser alice = accounts.create("alice-team-" + suffix, "Alice Morgan", "Morgan IT", "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        AppUser bob = accounts.create("bob-team-" + suffix, "Bob", null, "bob-password-" + suffix,
                AppUser.Role.CONSULTANT);
        SignedIn asAlice = SignedIns.consultant(alice.getId(), "Alice Morgan");
        SignedIn asBob = SignedIns.consultant(bob.getId(), "Bob");
        long clientId = clients.create(alice.getId(), ClientDetails.named("Harbour Bakery " + suffix)).getClientId();

        String client = text(mvc.get().uri("/consultant/clients/{c}", clientId).with(user(asAlice)).exchange()
                .getResponse());
        assertThat(client).contains("href=\"/consultant/clients/" + clientId + "/teams\"");
        String list = text(mvc.get().uri("/consultant/clients/{c}/teams", clientId).with(user(asAlice)).exchange()
                .getResponse());
        assertThat(list).contains("Team assessments for Harbour Bakery " + suffix,
                "value=\"Harbour Bakery " + suffix + "\"", "No team assessment for this client yet.");

        var made = mvc.post().uri("/consultant/clients/{c}/teams", clientId).with(user(asAlice)).with(csrf())
                .param("name", "Harbour Bakery " + suffix).param("members[0].label", "Owner — Ana")
                .param("members[1].label", "Finance — Ben").exchange().getResponse();
        assertThat(made.getStatus()).isEqualTo(302);
        String token = made.getRedirectedUrl().replaceAll("^/teams/|\\?created$", "");
        TeamAssessment team = team(token);
        assertThat(team.getConsultantId()).isEqualTo(alice.getId());
        assertThat(team.getClientId()).isEqualTo(clientId);
        assertThat(text(mvc.get().uri("/consultant/clients/{c}/teams", clientId).with(user(asAlice)).exchange()
                .getResponse())).contains("0 of 2 answered", "href=\"/teams/" + token + "\"");
        assertThat(text(mvc.get().uri("/teams/{t}", token).with(user(asAlice)).exchange().getResponse()))
                .contains("href=\"/consultant/clients/" + clientId + "/teams\"");

        assertThat(mvc.get().uri("/consultant/clients/{c}/teams", clientId).with(user(asBob))).hasStatus(404);
        assertThat(mvc.post().uri("/consultant/clients/{c}/teams", clientId).with(user(asBob)).with(csrf())
                .param("name", "Bob's now").param("members[0].label", "A").param("members[1].label", "B"))
                .hasStatus(404);
        assertThat(teams.ofClient(bob.getId(), clientId)).isEmpty();
        assertThat(teams.ofClient(alice.getId(), clientId)).hasSize(1);
        assertThat(text(mvc.get().uri("/teams/{t}", token).with(user(asBob)).exchange().getResponse()))
                .doesNotContain("/consultant/clients/" + clientId);
    }
}
