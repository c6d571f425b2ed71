package org.techleadership.advisor.api;

import static org.assertj.core.api.Assertions.assertThat;
import org.techleadership.advisor.support.AnswerSets;

import java.io.UnsupportedEncodingException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.catalogue.CatalogueService;

/** The JSON API as PRODUCT.md fixes it, and its problem+json answers to bad input. */
@SpringBootTest
@AutoConfigureMockMvc
public class AssessmentApiTest {

    /** The CIO scenario as the JSON object of "answers" (other tests post it too). */
    public static final String CIO_ANSWERS = AnswerSets.json(AnswerSets.CIO);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogueService catalogues;

    private MvcTestResult post(String body) {
        return mvc.post().uri("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    @Test
    void questionnaireListsTheTenQuestionsWithTheCatalogueVersion() {
        assertThat(mvc.get().uri("/api/v1/questionnaire").exchange()).hasStatusOk().bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.catalogueVersion").isEqualTo(catalogues.current().version());
                    json.assertThat().extractingPath("$.questions.length()").isEqualTo(10);
                    json.assertThat().extractingPath("$.questions[0].key").isEqualTo("focus");
                    json.assertThat().extractingPath("$.questions[0].options[0].key").isEqualTo("PROCESS");
                });
    }

    @Test
    void createdAssessmentHasLocationTokenShareUrlAndExplainedRecommendation() throws UnsupportedEncodingException {
        MvcTestResult created = post("{\"answers\": " + CIO_ANSWERS + ", \"clientLabel\": \"Acme Ltd\"}");

        assertThat(created).hasStatus(HttpStatus.CREATED).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        String location = created.getResponse().getHeader("Location");
        assertThat(location).matches("http://localhost/api/v1/assessments/[A-Za-z0-9_-]{32}");
        assertThat(created).bodyJson().satisfies(json -> {
            json.assertThat().extractingPath("$.recommendation.primary.code").isEqualTo("CIO");
            json.assertThat().extractingPath("$.recommendation.primary.name").isEqualTo("Chief Information Officer (CIO)");
            json.assertThat().extractingPath("$.recommendation.ranking.length()").isEqualTo(10);
            json.assertThat().extractingPath("$.recommendation.reasons[0].direction").isEqualTo("for");
            json.assertThat().extractingPath("$.recommendation.whatIf").asArray().isNotEmpty();
            json.assertThat().extractingPath("$.clientLabel").isEqualTo("Acme Ltd");
            json.assertThat().extractingPath("$.shareUrl").asString().startsWith("http://localhost/r/");
        });

        String token = location.substring(location.lastIndexOf('/') + 1);
        MvcTestResult fetched = mvc.get().uri("/api/v1/assessments/{token}", token).exchange();
        assertThat(fetched).hasStatusOk();
        assertThat(fetched.getResponse().getContentAsString()).isEqualTo(created.getResponse().getContentAsString());
    }

    @Test
    void unknownTokenIsA404Problem() {
        assertProblem(mvc.get().uri("/api/v1/assessments/{token}", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").exchange(),
                HttpStatus.NOT_FOUND);
        assertProblem(mvc.get().uri("/api/v1/assessments/not-even-a-token").exchange(), HttpStatus.NOT_FOUND);
    }

    @Test
    void malformedJsonIsA400Problem() {
        assertProblem(post("{\"answers\": {"), HttpStatus.BAD_REQUEST);
        assertProblem(post(""), HttpStatus.BAD_REQUEST);
    }

    @Test
    void everyFaultyFieldIsNamed() {
        MvcTestResult result = post("""
                {"answers": {"focus": "SIDEWAYS", "colour": "BLUE", "budget": 3, "audience": null},
                 "clientLabel": 42, "extra": true}""");

        assertProblem(result, HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(
                "answers.focus", "answers.colour", "answers.budget", "answers.audience", "answers.challenge",
                "clientLabel", "extra");
    }

    @Test
    void aMissingAnswerIsNamedWithItsOptions() {
        MvcTestResult result = post("{\"answers\": " + CIO_ANSWERS.replace("\"budget\": \"FULL_TIME\",", "") + "}");

        assertProblem(result, HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().satisfies(json -> {
            json.assertThat().extractingPath("$.errors.length()").isEqualTo(1);
            json.assertThat().extractingPath("$.errors[0].field").isEqualTo("answers.budget");
            json.assertThat().extractingPath("$.errors[0].message").asString().contains("MINIMAL");
        });
    }

    @Test
    void wrongShapesAreProblemsNotServerErrors() {
        assertProblem(post("[]"), HttpStatus.BAD_REQUEST);
        assertProblem(post("\"answers\""), HttpStatus.BAD_REQUEST);
        assertProblem(post("{\"answers\": []}"), HttpStatus.BAD_REQUEST);
        assertProblem(post("{\"answers\": " + CIO_ANSWERS + ", \"clientLabel\": \"" + "x".repeat(121) + "\"}"),
                HttpStatus.BAD_REQUEST);
        assertProblem(mvc.post().uri("/api/v1/assessments").contentType(MediaType.TEXT_PLAIN).content("hello")
                .exchange(), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(mvc.delete().uri("/api/v1/questionnaire").exchange(), HttpStatus.METHOD_NOT_ALLOWED);
        assertProblem(mvc.get().uri("/api/v1/nowhere").exchange(), HttpStatus.NOT_FOUND);
    }

    @Test
    void aFewProblemsAreAllListedAndNoneAreLeftOver() {
        assertThat(post("{\"answers\": {\"focus\": \"SIDEWAYS\"}}")).bodyJson().satisfies(json -> {
            json.assertThat().extractingPath("$.errors.length()").isEqualTo(10);
            json.assertThat().extractingPath("$.more").isEqualTo(0);
            json.assertThat().extractingPath("$.detail").asString().startsWith("The request has 10 problem(s); each is");
        });
    }

    @Test
    void hundredsOfUnknownFieldsListTheFirstTwentyAndCountTheRest() {
        StringBuilder body = new StringBuilder("{\"answers\": " + CIO_ANSWERS);
        for (int i = 0; i < 500; i++) {
            body.append(", \"unknown").append(i).append("\": ").append(i);
        }
        MvcTestResult result = post(body.append('}').toString());

        assertProblem(result, HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().satisfies(json -> {
            json.assertThat().extractingPath("$.errors.length()").isEqualTo(20);
            json.assertThat().extractingPath("$.errors[0].field").isEqualTo("unknown0");
            json.assertThat().extractingPath("$.errors[19].field").isEqualTo("unknown19");
            json.assertThat().extractingPath("$.more").isEqualTo(480);
            json.assertThat().extractingPath("$.detail").asString()
                    .contains("500 problems", "the first 20 are listed", "480 more are not listed");
        });
        assertThat(result.getResponse().getContentAsByteArray()).hasSizeLessThan(4000);
    }

    @Test
    void whatWasSentIsQuotedBackShortened() throws UnsupportedEncodingException {
        String longValue = "V".repeat(5000);
        MvcTestResult result = post("{\"answers\": " + CIO_ANSWERS.replace("\"FULL_TIME\"", "\"" + longValue + "\"")
                + ", \"" + "K".repeat(5000) + "\": 1}");

        assertProblem(result, HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("K".repeat(40) + "\u2026");
        assertThat(result).bodyJson().extractingPath("$.errors[1].message").asString()
                .startsWith("\u201c" + "V".repeat(40) + "\u2026\u201d is not an option");
        assertThat(result.getResponse().getContentAsString()).hasSizeLessThan(1500);
    }

    @Test
    void aBodyOverSixteenKilobytesIsRefusedUnreadWith413() {
        MvcTestResult result = post("{\"answers\": " + CIO_ANSWERS + ", \"clientLabel\": \"" + "x".repeat(16 * 1024) + "\"}");

        assertProblem(result, HttpStatus.CONTENT_TOO_LARGE);
        assertThat(result).bodyJson().satisfies(json -> {
            json.assertThat().extractingPath("$.maxBytes").isEqualTo(16384);
            json.assertThat().extractingPath("$.title").isEqualTo("Request body too large");
        });
    }

    private static void assertProblem(MvcTestResult result, HttpStatus status) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
    }

    @Test
    void aCloseCallIsSaidInTheApiAndOnTheShareInsteadOfOneFit() throws Exception {
        java.util.Random random = new java.util.Random(7);
        boolean seenClose = false;
        boolean seenClear = false;
        for (int i = 0; i < 30 && !(seenClose && seenClear); i++) {
            java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
            catalogues.current().questions().forEach(q -> answers.put(q.key(),
                    q.options().get(random.nextInt(q.options().size())).key()));
            MvcTestResult created = post("{\"answers\": " + AnswerSets.json(new org.techleadership.advisor.scoring.Answers(answers)) + "}");
            tools.jackson.databind.JsonNode body = new tools.jackson.databind.json.JsonMapper()
                    .readTree(created.getResponse().getContentAsString());
            tools.jackson.databind.JsonNode rec = body.get("recommendation");
            tools.jackson.databind.JsonNode second = rec.get("ranking").get(1);
            boolean within = !second.get("excluded").asBoolean()
                    && rec.get("primary").get("fit").asInt() - second.get("fit").asInt() <= 3;
            assertThat(rec.get("closeCall").asBoolean()).as(answers.toString()).isEqualTo(within);
            String share = mvc.get().uri("/r/{t}", body.get("token").stringValue()).exchange().getResponse()
                    .getContentAsString();
            if (within) {
                seenClose = true;
                assertThat(rec.get("decidedBy")).isNotEmpty();
                assertThat(share).contains("A close call", "What decides between", " or ")
                        .doesNotContain(">Fit " + rec.get("primary").get("fit").asInt() + " out of 100<");
            } else {
                seenClear = true;
                assertThat(rec.get("decidedBy")).isEmpty();
                assertThat(share).contains("Fit " + rec.get("primary").get("fit").asInt() + " out of 100")
                        .doesNotContain("A close call");
            }
        }
        assertThat(seenClose).isTrue();
        assertThat(seenClear).isTrue();
    }
}
