package org.techleadership.advisor.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.account.SignedIns;
import org.techleadership.advisor.consultant.ClientDetails;
import org.techleadership.advisor.consultant.ClientRecords;
import org.techleadership.advisor.support.AnswerSets;

/**
 * The team pages without a browser, making a team and answering it: an owner's team made through
 * the form, its errors, members answering through their own links, and a consultant's teams kept to
 * that consultant. The organiser's changes and the share page are TeamOrganiserPagesTest's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TeamPagesTest extends TeamPagesSupport {

    @Autowired AccountService accounts;
    @Autowired ClientRecords clients;

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
