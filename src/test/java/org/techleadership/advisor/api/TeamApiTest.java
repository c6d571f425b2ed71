package org.techleadership.advisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.assessment.DeletedLinks;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;
import org.techleadership.advisor.team.TeamAssessments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The team API as the issue fixes it: create, answer per member, read the team; its problems as problem+json. */
@SpringBootTest
@AutoConfigureMockMvc
class TeamApiTest {

    /** The owner wants to build a product for customers and can pay one executive. */
    static final Answers OWNER = AnswerSets.CTO;
    /** Finance sees the business mainly improving how it runs, with a few days of advice a year. */
    static final Answers FINANCE = AnswerSets.CTO.with("focus", "PROCESS").with("budget", "MINIMAL");
    /** Operations agrees with the owner on everything but the budget: one or two days a week. */
    static final Answers OPERATIONS = AnswerSets.CTO.with("budget", "PART_TIME");

    @Autowired MockMvcTester mvc;
    @Autowired JsonMapper json;
    @Autowired TeamAssessments teams;
    @Autowired CatalogueEditor editor;

    CatalogueDocument original;

    @BeforeEach
    void keepTheSeed() {
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

    record Created(String token, String shareUrl, List<String> memberTokens) {}

    private MvcTestResult postTeam(String body) {
        return mvc.post().uri("/api/v1/teams").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private Created create(String... labels) {
        String members = String.join(", ", java.util.Arrays.stream(labels).map(l -> "\"" + l + "\"").toList());
        MvcTestResult created = postTeam("{\"name\": \"Harbour Bakery\", \"members\": [" + members + "]}");
        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode body = read(created);
        List<String> tokens = new ArrayList<>();
        body.get("members").forEach(m -> tokens.add(m.get("token").stringValue()));
        return new Created(body.get("token").stringValue(), body.get("shareUrl").stringValue(), tokens);
    }

    private MvcTestResult put(String team, String member, String body) {
        return mvc.put().uri("/api/v1/teams/{t}/members/{m}/answers", team, member)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult answer(String team, String member, Answers answers) {
        return put(team, member, "{\"answers\": " + AnswerSets.json(answers) + "}");
    }

    private JsonNode get(String team) {
        MvcTestResult got = mvc.get().uri("/api/v1/teams/{t}", team).exchange();
        assertThat(got).hasStatusOk();
        return read(got);
    }

    private JsonNode read(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNewTeamHasAnOrganiserTokenAShareLinkAndOneTokenAndLinkPerMember() throws Exception {
        MvcTestResult created = postTeam("{\"name\": \"Harbour Bakery\", \"members\": [\"Owner\", \"Finance\", \"Operations\"]}");

        assertThat(created).hasStatus(HttpStatus.CREATED).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        JsonNode body = read(created);
        String token = body.get("token").stringValue();
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("http://localhost/api/v1/teams/" + token);
        assertThat(token).matches("[A-Za-z0-9_-]{32}");
        assertThat(body.get("shareUrl").stringValue()).matches("http://localhost/t/[A-Za-z0-9_-]{32}")
                .doesNotContain(token);
        assertThat(body.get("members")).hasSize(3);
        List<String> seen = new ArrayList<>(List.of(token));
        for (JsonNode member : body.get("members")) {
            String memberToken = member.get("token").stringValue();
            assertThat(memberToken).matches("[A-Za-z0-9_-]{32}").isNotIn(seen);
            assertThat(member.get("answerUrl").stringValue()).isEqualTo("http://localhost/m/" + memberToken);
            seen.add(memberToken);
        }
        assertThat(body.get("members")).extracting(m -> m.get("label").stringValue())
                .containsExactly("Owner", "Finance", "Operations");
    }

    @Test
    void aBadTeamIsRefusedWithEveryProblemByField() {
        assertThat(postTeam("{\"members\": [\"Owner\"], \"colour\": 1}")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().satisfies(j -> {
                    j.assertThat().extractingPath("$.errors[*].field").asArray()
                            .containsExactlyInAnyOrder("colour", "name", "members");
                });
        assertThat(postTeam("{\"name\": \"A\", \"members\": [\"Owner\", \" owner \", 3, \"" + "x".repeat(61) + "\"]}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(j -> {
                    j.assertThat().extractingPath("$.errors[*].field").asArray()
                            .containsExactly("members[1]", "members[2]", "members[3]");
                    j.assertThat().extractingPath("$.errors[0].message").asString().contains("twice");
                });
        String thirteen = String.join(", ", java.util.stream.IntStream.rangeClosed(1, 13).mapToObj(i -> "\"M" + i + "\"")
                .toList());
        assertThat(postTeam("{\"name\": \"A\", \"members\": [" + thirteen + "]}")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].message").asString().contains("2 to 12", "has 13");
        assertThat(postTeam("{\"name\": \"" + "n".repeat(121) + "\", \"members\": [\"A\", \"B\"]}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
        assertThat(postTeam("[1]")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(postTeam("{")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aMembersAnswersGiveTheirOwnRecommendationInTheAssessmentsShape() {
        Created team = create("Owner", "Finance");

        assertThat(answer(team.token(), team.memberTokens().get(0), OWNER)).hasStatusOk().bodyJson().satisfies(j -> {
            j.assertThat().extractingPath("$.primary.code").isEqualTo("CTO");
            j.assertThat().extractingPath("$.ranking.length()").isEqualTo(10);
            j.assertThat().extractingPath("$.reasons[0].direction").isEqualTo("for");
            j.assertThat().extractingPath("$.runnerUp.profile.code").isNotNull();
        });
        // and again, until the round closes
        assertThat(answer(team.token(), team.memberTokens().get(0), AnswerSets.VCTO)).hasStatusOk().bodyJson()
                .extractingPath("$.primary.code").isEqualTo("VCTO");
    }

    @Test
    void badAnswersGetTheUsualProblemAndChangeNothing() {
        Created team = create("Owner", "Finance");
        Map<String, String> missing = new java.util.LinkedHashMap<>(OWNER.byQuestion());
        missing.remove("budget");
        missing.put("focus", "SIDEWAYS");

        assertThat(put(team.token(), team.memberTokens().get(0), "{\"answers\": " + AnswerSets.json(new Answers(missing))
                + ", \"clientLabel\": \"x\"}")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().satisfies(j -> j.assertThat()
                        .extractingPath("$.errors[*].field").asArray()
                        .containsExactlyInAnyOrder("clientLabel", "answers.focus", "answers.budget"));
        assertThat(get(team.token()).get("members").get(0).get("status").stringValue()).isEqualTo("WAITING");
    }

    @Test
    void aMemberTokenAnswersForThatTeamsMemberOnly() {
        Created ours = create("Owner", "Finance");
        Created theirs = create("Owner", "Finance");

        assertThat(answer(ours.token(), theirs.memberTokens().get(0), OWNER)).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer(ours.token(), ours.token(), OWNER)).as("the organiser's token is no member's")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(answer(ours.memberTokens().get(1), ours.memberTokens().get(0), OWNER))
                .as("a member's token is not the team's").hasStatus(HttpStatus.NOT_FOUND);
        assertThat(answer("x".repeat(32), ours.memberTokens().get(0), OWNER)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(theirs.token()).get("answered").asInt()).isZero();
        assertThat(mvc.get().uri("/api/v1/teams/{t}", ours.memberTokens().get(0)).exchange())
                .as("a member token reads nothing of the team").hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aMembersAnswerRevealsNeitherTheOrganiserTokenNorTheOthersAnswers() throws Exception {
        Created team = create("Owner", "Finance");
        answer(team.token(), team.memberTokens().get(0), OWNER);

        String own = answer(team.token(), team.memberTokens().get(1), FINANCE).getResponse().getContentAsString();

        assertThat(own).doesNotContain(team.token(), team.memberTokens().get(0), "Owner", "Harbour Bakery");
        // their own recommendation, nothing of the team's: the owner's full-time budget would put the CTO in
        assertThat(json.readTree(own).get("primary").get("code").stringValue()).isEqualTo("VCTO");
    }

    @Test
    void theTeamRecommendationWaitsForTwoMembers() {
        Created team = create("Owner", "Finance", "Operations");
        JsonNode none = get(team.token());
        assertThat(none.get("recommendation").isNull()).isTrue();
        assertThat(none.get("members")).extracting(m -> m.get("status").stringValue()).containsOnly("WAITING");

        answer(team.token(), team.memberTokens().get(0), OWNER);
        JsonNode one = get(team.token());
        assertThat(one.get("recommendation").isNull()).isTrue();
        assertThat(one.get("answered").asInt()).isEqualTo(1);
        assertThat(one.get("members").get(0).get("status").stringValue()).isEqualTo("ANSWERED");
        assertThat(one.get("members").get(0).get("recommendation").get("primary").get("code").stringValue())
                .isEqualTo("CTO");
        assertThat(one.get("disagreements")).isEmpty();

        answer(team.token(), team.memberTokens().get(2), OPERATIONS);
        JsonNode two = get(team.token());
        assertThat(two.get("recommendation").get("primary").get("code").isString()).isTrue();
        assertThat(two.get("recommendation").get("ranking")).hasSize(10);
        assertThat(two.get("answered").asInt()).isEqualTo(2);
        assertThat(two.get("members").get(1).get("status").stringValue()).isEqualTo("WAITING");
        assertThat(two.get("members").get(1).get("recommendation").isNull()).isTrue();
    }

    @Test
    void threeColleaguesWhoDisagreeGetTheCautiousBudgetAndTheDecisiveDisagreementsFirst() {
        Created team = create("Owner", "Finance", "Operations");
        answer(team.token(), team.memberTokens().get(0), OWNER);
        answer(team.token(), team.memberTokens().get(1), FINANCE);
        answer(team.token(), team.memberTokens().get(2), OPERATIONS);

        JsonNode result = get(team.token());

        assertThat(result.get("assumedBudget").stringValue()).isEqualTo("MINIMAL");
        assertThat(result.get("budgetBasis").stringValue()).isEqualTo("MOST_CAUTIOUS");
        String primary = result.get("recommendation").get("primary").get("code").stringValue();
        assertThat(primary).as("a few days of advice a year never hires").isIn("VCIO", "VCTO");
        JsonNode disagreements = result.get("disagreements");
        assertThat(disagreements).extracting(d -> d.get("question").stringValue())
                .containsExactlyInAnyOrder("focus", "budget");
        JsonNode budget = find(disagreements, "budget");
        assertThat(budget.get("positions").get("MINIMAL")).extracting(JsonNode::stringValue).containsExactly("Finance");
        assertThat(budget.get("positions").get("FULL_TIME")).extracting(JsonNode::stringValue).containsExactly("Owner");
        assertThat(budget.get("agreement").asInt()).isEqualTo(33);
        assertThat(budget.get("decisive").asBoolean()).isTrue();
        assertThat(budget.get("changes")).extracting(c -> c.get("option").stringValue())
                .containsExactly("MINIMAL", "PART_TIME", "FULL_TIME");
        assertThat(find(budget.get("changes"), "FULL_TIME", "option").get("primary").get("code").stringValue())
                .isNotEqualTo(primary);
        JsonNode focus = find(disagreements, "focus");
        assertThat(focus.get("agreement").asInt()).isEqualTo(67);
        assertThat(focus.get("positions").get("PRODUCT")).extracting(JsonNode::stringValue)
                .containsExactly("Owner", "Operations");
        for (JsonNode d : disagreements) {
            boolean anyOther = false;
            for (JsonNode c : d.get("changes")) {
                anyOther |= !c.get("primary").get("code").stringValue().equals(primary);
            }
            assertThat(d.get("decisive").asBoolean()).as(d.get("question").stringValue()).isEqualTo(anyOther);
        }
        boolean seenUndecided = false;
        for (JsonNode d : disagreements) {
            assertThat(d.get("decisive").asBoolean() && seenUndecided).as("decisive ones first").isFalse();
            seenUndecided |= !d.get("decisive").asBoolean();
        }
        assertThat(result.get("agreed")).extracting(a -> a.get("question").stringValue()).hasSize(8)
                .doesNotContain("focus", "budget");
        assertThat(result.get("members")).extracting(m -> m.get("recommendation").get("primary").get("code").stringValue())
                .containsExactly("CTO", "VCIO".equals(primary) ? "VCIO" : result.get("members").get(1)
                        .get("recommendation").get("primary").get("code").stringValue(), "FRACTIONAL_CTO");
    }

    @Test
    void aClosedRoundRefusesAnswersAndKeepsItsResultAfterACatalogueEdit() throws Exception {
        Created team = create("Owner", "Finance", "Operations");
        answer(team.token(), team.memberTokens().get(0), OWNER);
        answer(team.token(), team.memberTokens().get(1), FINANCE);
        teams.close(team.token());
        JsonNode closed = get(team.token());
        assertThat(closed.get("closed").asBoolean()).isTrue();

        assertThat(answer(team.token(), team.memberTokens().get(2), OPERATIONS)).hasStatus(HttpStatus.CONFLICT)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        String primary = closed.get("recommendation").get("primary").get("code").stringValue();
        RoleProfile before = editor.current().profile(primary);
        RoleProfile renamed = new RoleProfile(before.code(), "Renamed " + before.name(), before.shortName(),
                before.summary(), before.focus(), before.looks(), before.measuredOn(), before.engagement(),
                before.timeCommitment(), before.chooseIf(), before.mapOutward(), before.mapFullTime(),
                before.responsibilities(), before.kpis(), before.nextSteps());
        assertThat(editor.saveProfile(renamed, "test")).isEmpty();
        editor.publish("test", "renamed the team's role");

        assertThat(get(team.token())).isEqualTo(closed);
        Created open = create("Owner", "Finance");
        answer(open.token(), open.memberTokens().get(0), OWNER);
        answer(open.token(), open.memberTokens().get(1), FINANCE);
        assertThat(get(open.token()).get("recommendation").get("primary").get("name").stringValue())
                .as("an open round follows the catalogue").isEqualTo("Renamed " + before.name());
    }

    @Test
    void aDeletedTeamIsGoneAndAnUnknownOneNotFound() {
        Created team = create("Owner", "Finance");
        teams.delete(team.token(), DeletedLinks.DeletedBy.OWNER);

        assertThat(mvc.get().uri("/api/v1/teams/{t}", team.token()).exchange()).hasStatus(HttpStatus.GONE)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer(team.token(), team.memberTokens().get(0), OWNER)).hasStatus(HttpStatus.GONE);
        assertThat(mvc.get().uri("/api/v1/teams/{t}", "y".repeat(32)).exchange()).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/teams/short").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    private static JsonNode find(JsonNode array, String value) {
        return find(array, value, "question");
    }

    private static JsonNode find(JsonNode array, String value, String field) {
        for (JsonNode node : array) {
            if (node.get(field).stringValue().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }
}
