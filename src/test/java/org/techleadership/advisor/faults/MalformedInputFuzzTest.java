package org.techleadership.advisor.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Thousands of malformed requests against the API and the forms, from a fixed seed so a failure
 * repeats: none may get a 5xx, every API error is problem+json with a message, and the app keeps serving.
 */
// thousands of requests from one address: the rate limits would answer most of them 429 before the
// input is read, and volume is RateLimitAbuseTest's subject, not this test's
@SpringBootTest(properties = "advisor.rate-limits.enabled=false")
@AutoConfigureMockMvc
class MalformedInputFuzzTest {

    private static final String[] KEYS = {"focus", "audience", "challenge", "success_measure", "company_size",
            "tech_team", "regulation", "budget", "need_pattern", "involvement", "answers", "clientLabel", "", "__proto__",
            "focus ", "FOCUS", "a.b", "\u0000", "<script>"};
    private static final String[] VALUES = {"PROCESS", "PRODUCT", "BOTH", "MINIMAL", "FULL_TIME", "process", "",
            " ", "null", "\u202e", "'; DROP TABLE assessment; --", "<img src=x onerror=alert(1)>", "%00", "\uD83D\uDE00",
            "x".repeat(5000), "LEGACY_SYSTEMS", "TWO_EXECUTIVES", "0", "-1", "1e309"};

    @Autowired
    MockMvc mvc;

    private final Random random = new Random(20261125L);
    private final List<String> failures = new ArrayList<>();

    @Test
    void noMalformedInputGetsAServerErrorAndApiErrorsExplainThemselves() throws Exception {
        String token = startDraft();
        for (int i = 0; i < 1500; i++) {
            String body = randomJson(0);
            check("POST api " + abbreviate(body), mvc.perform(MockMvcRequestBuilders.post("/api/v1/assessments")
                    .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)))
                    .andReturn().getResponse(), true);
        }
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            check("POST api bytes", mvc.perform(MockMvcRequestBuilders.post("/api/v1/assessments")
                    .contentType(MediaType.APPLICATION_JSON).content(bytes)).andReturn().getResponse(), true);
        }
        String team = startTeam();
        for (int i = 0; i < 300; i++) {
            String body = randomJson(0);
            check("POST teams " + abbreviate(body), mvc.perform(MockMvcRequestBuilders.post("/api/v1/teams")
                    .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)))
                    .andReturn().getResponse(), true);
            String member = random.nextInt(5) == 0 ? randomPathSegment() : team.split(" ")[1];
            check("PUT member answers " + abbreviate(body), mvc.perform(MockMvcRequestBuilders
                    .put(uri("/api/v1/teams/" + team.split(" ")[0] + "/members/" + member + "/answers"))
                    .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)))
                    .andReturn().getResponse(), true);
        }
        for (int i = 0; i < 300; i++) {
            String path = pick(new String[] {"/api/v1/assessments/", "/api/v1/teams/"}) + randomPathSegment();
            check("GET " + path, mvc.perform(MockMvcRequestBuilders.get(uri(path))).andReturn().getResponse(), true);
        }
        for (int i = 0; i < 1500; i++) {
            String step = pick(new String[] {"1", "2", "3", "4", "0", "5", "-1", "99999999999", "abc", "result"});
            String draft = random.nextInt(5) == 0 ? randomPathSegment() : token;
            MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(uri("/q/" + draft + "/" + step)).with(csrf());
            for (int f = random.nextInt(6); f > 0; f--) {
                post.param(pick(KEYS), pick(VALUES));
            }
            post.param("action", pick(new String[] {"next", "back", "save", "", "delete", "x".repeat(300)}));
            check("POST form " + draft + "/" + step, mvc.perform(post).andReturn().getResponse(), false);
        }
        for (int i = 0; i < 300; i++) {
            String path = pick(new String[] {"/r/", "/q/", "/q/" + token + "/"}) + randomPathSegment();
            check("GET " + path, mvc.perform(MockMvcRequestBuilders.get(uri(path))).andReturn().getResponse(), false);
        }

        assertThat(failures).isEmpty();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/questionnaire")).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/q/" + token + "/1")).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    /** A team's organiser token and its first member's token, separated by a space. */
    private String startTeam() throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/teams").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Fuzz Ltd\", \"members\": [\"A\", \"B\"]}")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        java.util.regex.Matcher tokens = java.util.regex.Pattern.compile("\"token\":\"([^\"]+)\"").matcher(body);
        assertThat(tokens.find()).isTrue();
        String organiser = tokens.group(1);
        assertThat(tokens.find()).isTrue();
        return organiser + " " + tokens.group(1);
    }

    private String startDraft() throws Exception {
        String location = mvc.perform(MockMvcRequestBuilders.post("/start").with(csrf())).andReturn().getResponse()
                .getRedirectedUrl();
        return location.split("/")[2];
    }

    private void check(String what, MockHttpServletResponse response, boolean api) throws Exception {
        int status = response.getStatus();
        if (status >= 500) {
            failures.add(status + " for " + what);
        } else if (api && status >= 400) {
            String type = String.valueOf(response.getContentType());
            if (!type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    || !response.getContentAsString(StandardCharsets.UTF_8).contains("\"detail\"")) {
                failures.add(status + " without problem+json for " + what);
            }
        }
    }

    private String randomJson(int depth) {
        int kind = random.nextInt(depth > 2 ? 6 : 10);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextInt());
            case 2 -> random.nextBoolean() ? "true" : "1.5e400";
            case 3 -> quote(pick(VALUES));
            case 4 -> pick(new String[] {"{", "}", "[", "{\"answers\":", "{\"answers\": {\"focus\"", "\"", ",", "{}}"});
            case 5 -> "[" + randomJson(depth + 1) + "]";
            default -> {
                StringBuilder object = new StringBuilder("{");
                for (int f = random.nextInt(12); f > 0; f--) {
                    object.append(quote(pick(KEYS))).append(':').append(
                            random.nextInt(3) == 0 ? randomJson(depth + 1) : quote(pick(VALUES)));
                    if (f > 1) {
                        object.append(',');
                    }
                }
                if (random.nextInt(3) == 0) {
                    object.append(object.length() > 1 ? "," : "").append("\"answers\":").append(randomJson(depth + 1));
                }
                if (random.nextInt(4) == 0) {
                    object.append(object.length() > 1 ? "," : "").append(pick(new String[] {"\"name\":", "\"members\":"}))
                            .append(random.nextBoolean() ? randomJson(depth + 1) : "[" + quote(pick(VALUES)) + ","
                                    + quote(pick(VALUES)) + "]");
                }
                yield object.append('}').toString();
            }
        };
    }

    private String randomPathSegment() {
        String[] shapes = {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%2e%2e%2f%2e%2e", "..;", "x".repeat(2000), "%00",
                "\u00e9t\u00e9", "a%20b", "%ZZ", "'or'1'='1", ";jsessionid=1", "{token}"};
        return random.nextBoolean() ? pick(shapes) : Long.toString(random.nextLong(), 36);
    }

    /** Quotes what a URI may not hold as it is, so the request reaches the app rather than failing in the test. */
    private static java.net.URI uri(String path) throws java.net.URISyntaxException {
        return new java.net.URI(null, null, path, null);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000") + "\"";
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
