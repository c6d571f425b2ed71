package org.techleadership.advisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.techleadership.advisor.account.SignedIns.consultant;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.system.KeptPages;

/**
 * The landing page and the steps are served from kept molds to anonymous visitors: byte for byte
 * what Thymeleaf renders in full (for a signed-in viewer, whose header differs), with each
 * visitor's own CSRF token and each draft's own answers.
 * <p>
 * It has a context of its own. Spring Security Test's {@code csrf()} post-processor, used by other
 * classes, replaces the app's CSRF token store in the context's filter chain, for good, with one
 * held in the session: after it, an anonymous GET / makes a session and a session-held token, which
 * the app itself never does (AnonymousVisitsKeepNoSessionTest checks that over real connections).
 */
@SpringBootTest(properties = "advisor.kept-pages.max-pages=64") // a context of its own: see above
@AutoConfigureMockMvc
class KeptPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern NAV = Pattern.compile("<nav class=\"site-nav\".*?</nav>", Pattern.DOTALL);

    @Autowired MockMvcTester mvc;
    @Autowired QuestionnaireService drafts;
    @Autowired KeptPages kept;
    @Autowired MeterRegistry meters;

    @BeforeEach
    void forgetMoldsAndAnyoneSignedIn() {
        kept.clear();
        // a user() of another test class on this thread would make these visitors signed in
        TestSecurityContextHolder.clearContext();
    }

    private double molds(String state) {
        return meters.get("advisor.kept.pages").tag("state", state).gauge().value();
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF field").isTrue();
        return m.group(1);
    }

    /** The page without its navigation (it differs for a signed-in viewer) and with CSRF values blanked. */
    private static String comparable(String page) {
        return CSRF.matcher(NAV.matcher(page).replaceAll("<nav/>")).replaceAll("name=\"_csrf\" value=\"-\"");
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private String anonymous(String path) {
        MvcTestResult result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk().hasContentType("text/html;charset=UTF-8");
        return body(result);
    }

    private String signedIn(String path) {
        MvcTestResult result = mvc.get().uri(path).with(user(consultant())).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private QuestionnaireDraft draftWith(Map<String, String> answers, int step) {
        QuestionnaireDraft draft = drafts.start(null, null);
        Map<String, String> form = new LinkedHashMap<>(answers);
        drafts.submit(draft.getToken(), step, form, QuestionnaireService.Action.SAVE);
        return draft;
    }

    @Test
    void everyStepIsServedFromItsMoldExactlyAsThymeleafRendersItWithEachDraftsOwnAnswers() {
        List<Map<String, String>> states = List.of(Map.of(), Map.of("focus", "PRODUCT", "audience", "BOTH"),
                Map.of("focus", "PROCESS", "audience", "EMPLOYEES", "challenge", "EMERGING_TECH"));
        for (int step = 1; step <= 4; step++) {
            for (Map<String, String> answers : states) {
                QuestionnaireDraft draft = draftWith(step == 1 ? answers : Map.of(), step);
                String path = "/q/" + draft.getToken() + "/" + step;
                String first = anonymous(path);
                String again = anonymous(path);
                String full = signedIn(path);

                assertThat(comparable(again)).as(path).isEqualTo(comparable(full));
                assertThat(comparable(first)).as(path).isEqualTo(comparable(full));
                assertThat(again).contains("Consultants: sign in").doesNotContain("Sign out");
                assertThat(full).contains("Sign out");
                assertThat(again).contains("action=\"/q/" + draft.getToken() + "/" + step + "\"");
                if (step == 1) {
                    answers.forEach((q, o) -> assertThat(again).contains("value=\"" + o + "\" checked=\"checked\""));
                    assertThat(again.split("checked=\"checked\"", -1)).hasSize(answers.size() + 1);
                }
            }
        }
        assertThat(molds("kept")).isEqualTo(4);
        assertThat(molds("refused")).isZero();
    }

    @Test
    void eachVisitorOfTheLandingPageGetsAndCanUseTheirOwnCsrfToken() {
        MvcTestResult first = mvc.get().uri("/").exchange();
        MvcTestResult second = mvc.get().uri("/").exchange();
        String a = body(first);
        String b = body(second);

        assertThat(csrf(b)).isNotEqualTo(csrf(a));
        assertThat(comparable(b)).isEqualTo(comparable(a)).isEqualTo(comparable(signedIn("/")));
        assertThat(molds("kept")).isEqualTo(1);
        // the second visitor's page carries the token of the second visitor's cookie, not the first's
        Cookie cookie = second.getResponse().getCookie("XSRF-TOKEN");
        assertThat(cookie).as("cookies %s, headers %s", java.util.Arrays.toString(second.getResponse().getCookies()),
                second.getResponse().getHeaderNames()).isNotNull();
        assertThat(mvc.post().uri("/start").cookie(cookie).param("_csrf", csrf(b)).exchange())
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/start").cookie(first.getResponse().getCookie("XSRF-TOKEN"))
                .param("_csrf", csrf(b)).exchange()).hasStatus(403);
    }

    @Test
    void everyBrowserLanguageGetsTheOneEnglishPageAndMakesNoMoldOfItsOwn() {
        String plain = comparable(anonymous("/"));
        for (String language : List.of("fr-FR", "de", "zz-ZZ", "en-GB,en;q=0.8", "x-pig-latin", "ja-JP")) {
            MvcTestResult result = mvc.get().uri("/").header("Accept-Language", language).exchange();
            assertThat(result).hasStatusOk();
            assertThat(comparable(body(result))).as(language).isEqualTo(plain);
        }
        // a caller naming a new language at every request must not fill the kept pages
        assertThat(molds("kept")).isEqualTo(1);
    }
}
