package org.techleadership.advisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Answers that rarely go together, in the API: still 201, with "warnings" beside the recommendation. */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentWarningsApiTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    AssessmentService assessments;

    private static Answers contradicting() {
        Map<String, String> answers = new LinkedHashMap<>(AnswerSets.CIO.byQuestion());
        answers.put("company_size", "MICRO");
        answers.put("tech_team", "LARGE");
        return new Answers(answers);
    }

    private MvcTestResult post(Answers answers) {
        return mvc.post().uri("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": " + AnswerSets.json(answers) + "}").exchange();
    }

    private JsonNode read(MvcTestResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    @Test
    void contradictingAnswersAreStillCreatedAndSayWhatToCheck() throws Exception {
        MvcTestResult created = post(contradicting());

        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode warnings = read(created).get("recommendation").get("warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).get("questions").values()).extracting(JsonNode::stringValue)
                .containsExactly("company_size", "tech_team");
        assertThat(warnings.get(0).get("message").stringValue()).startsWith("Please check your company size");
        assertThat(warnings.get(0).propertyNames()).containsExactly("questions", "message");
        // scored as answered: the recommendation is there as usual
        assertThat(read(created).get("recommendation").get("primary").get("code").stringValue()).isNotBlank();

        String location = created.getResponse().getHeader("Location");
        MvcTestResult fetched = mvc.get().uri(location.substring(location.indexOf("/api/"))).exchange();
        assertThat(fetched.getResponse().getContentAsString()).isEqualTo(created.getResponse().getContentAsString());
    }

    @Test
    void consistentAnswersGetAnEmptyArray() throws Exception {
        JsonNode recommendation = read(post(AnswerSets.CIO)).get("recommendation");
        assertThat(recommendation.get("warnings").isArray()).isTrue();
        assertThat(recommendation.get("warnings")).isEmpty();
    }

    @Test
    void aRowStoredBeforeAnswersWereCheckedHasNoWarningsField() throws Exception {
        AssessmentResult stored = assessments.create(AnswerSets.CIO, null);
        String body = json.writeValueAsString(ApiRecommendation.body(stored.view().recommendation(), true, null));
        assertThat(json.readTree(body).has("warnings")).isFalse();
        assertThat(json.readTree(json.writeValueAsString(ApiRecommendation.body(stored.view().recommendation(), true,
                stored.view().warnings()))).get("warnings").isArray()).isTrue();
    }

    @Test
    void aTeamMembersOwnRecommendationSaysItsWarningsToo() throws Exception {
        JsonNode team = read(mvc.post().uri("/api/v1/teams").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Harbour Bakery\", \"members\": [\"Owner\", \"Finance\"]}").exchange());
        MvcTestResult own = mvc.put().uri("/api/v1/teams/{t}/members/{m}/answers", team.get("token").stringValue(),
                        team.get("members").get(0).get("token").stringValue())
                .contentType(MediaType.APPLICATION_JSON).content("{\"answers\": " + AnswerSets.json(contradicting()) + "}")
                .exchange();
        assertThat(own).hasStatusOk();
        assertThat(read(own).get("warnings").get(0).get("questions").values()).extracting(JsonNode::stringValue)
                .containsExactly("company_size", "tech_team");
    }

    @Test
    void theOpenApiDescriptionSaysWhatWarningsAre() throws Exception {
        String description = mvc.get().uri("/api/openapi.json").exchange().getResponse().getContentAsString();
        assertThat(description).contains("\"warnings\"", "rarely go together");
    }
}
