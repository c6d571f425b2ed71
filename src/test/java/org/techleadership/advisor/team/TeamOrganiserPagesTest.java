package org.techleadership.advisor.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organiser's page without a browser: the team's result under the most cautious budget, the
 * members added and removed, a budget confirmed, the round closed and every change refused after,
 * and the closed round's share page and PDF after a catalogue edit; deleted and unknown links.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TeamOrganiserPagesTest extends TeamPagesSupport {

    @Autowired CatalogueEditor editor;
    @Autowired JsonMapper json;

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
}
