package org.techleadership.advisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The served OpenAPI description covers every API endpoint the code maps, so the two cannot drift apart. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDescriptionTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JsonMapper json;

    private JsonNode description() throws Exception {
        String body = mvc.get().uri("/api/openapi.json").exchange().getResponse().getContentAsString();
        return json.readTree(body);
    }

    @Test
    void everyMappedApiEndpointIsDescribed() throws Exception {
        JsonNode paths = description().get("paths");
        int checked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().equals(AssessmentApiController.class.getPackageName())) {
                continue;
            }
            for (String path : entry.getKey().getPatternValues()) {
                for (var method : entry.getKey().getMethodsCondition().getMethods()) {
                    assertThat(paths.has(path)).as("described: " + path).isTrue();
                    assertThat(paths.get(path).has(method.name().toLowerCase())).as(method + " " + path).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(6);
    }

    @Test
    void errorsAreDescribedAsProblemJsonWithAnExample() throws Exception {
        JsonNode post = description().get("paths").get("/api/v1/assessments").get("post");
        assertThat(post.get("requestBody").toString()).contains("LEGACY_SYSTEMS");
        JsonNode invalid = post.get("responses").get("400").get("content").get("application/problem+json");
        assertThat(invalid).isNotNull();
        assertThat(invalid.toString()).contains("answers.budget", "more");
        assertThat(post.get("responses").get("413").get("content").has("application/problem+json")).isTrue();
        assertThat(description().get("paths").get("/api/v1/assessments/{token}").get("get").get("responses").has("404"))
                .isTrue();
    }

    @Test
    void theRankingIsDescribedAsTenRolesWhoseCodesAreOnlyEverAdded() throws Exception {
        String schemas = description().get("components").get("schemas").toString();
        assertThat(schemas).contains("ten from catalogue version 2 on", "INTERIM_CIO", "INTERIM_CTO",
                "Codes are only ever added");
        // an enum would tell clients a new code is invalid: the codes are listed in words only
        assertThat(description().get("components").get("schemas").get("Fit").get("properties").get("code").has("enum"))
                .isFalse();
    }

    @Test
    void theDescriptionIsBrowsableInTheApp() {
        assertThat(mvc.get().uri("/api/docs").exchange().getResponse().getStatus()).isIn(200, 302);
    }
}
