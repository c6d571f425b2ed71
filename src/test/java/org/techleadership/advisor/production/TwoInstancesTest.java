package org.techleadership.advisor.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.techleadership.advisor.AdvisorApplication;
import org.techleadership.advisor.TestDatabase;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

/**
 * Two identical instances on one PostgreSQL, as behind a load balancer without sticky sessions:
 * a questionnaire begun on one continues on the other, and a share link made by one opens on the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;
    // one browser: cookies are per host, so both instances see the same CSRF cookie, as behind one address
    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeAll
    void startTwoInstances() {
        assertThat(TestDatabase.isPostgres()).as("runs in the surefire 'postgres' execution").isTrue();
        first = start();
        second = start();
    }

    @AfterAll
    void stop() {
        first.close();
        second.close();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AdvisorApplication.class)
                .run("--server.port=0", "--spring.main.banner-mode=off", "--advisor.catalogue.refresh-interval=PT1H");
    }

    private static URI base(ConfigurableApplicationContext context) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void bothInstancesShareOnePostgresql() throws Exception {
        try (Connection connection = first.getBean(DataSource.class).getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void aQuestionnaireMovesBetweenInstancesAndItsShareLinkOpensOnEither() throws Exception {
        String home = get(base(first), "/").body();
        HttpResponse<String> started = post(base(first), "/start", Map.of("_csrf", csrf(home)));
        String draftPath = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
        String token = draftPath.split("/")[2];

        answer(second, token, 1, Map.of("focus", "PROCESS", "audience", "EMPLOYEES", "challenge", "COMPLIANCE_SECURITY"));
        answer(first, token, 2, Map.of("company_size", "SMALL", "tech_team", "NONE", "regulation", "HIGH"));
        answer(second, token, 3, Map.of("success_measure", "BUSINESS_OUTCOME", "involvement", "ADVISE"));
        // back on the other instance: the answers given through the first are all there
        String stepTwo = get(base(second), "/q/" + token + "/2").body();
        assertThat(stepTwo).containsPattern("value=\"SMALL\"[^>]*checked|checked[^>]*value=\"SMALL\"");
        HttpResponse<String> done = answer(first, token, 4, Map.of("budget", "MINIMAL", "need_pattern", "PEAKS"));
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/q/" + token + "/result");

        String result = get(base(second), "/q/" + token + "/result").body();
        assertThat(result).contains("Virtual CIO (vCIO)");
        Matcher share = Pattern.compile("/r/([A-Za-z0-9_-]{32})").matcher(result);
        assertThat(share.find()).isTrue();
        String shared = get(base(first), share.group()).body();
        assertThat(shared).contains("Virtual CIO (vCIO)");
    }

    @Test
    void aPublishedCatalogueChangeReachesBothInstances() throws Exception {
        CatalogueEditor editor = first.getBean(CatalogueEditor.class);
        Question focus = editor.current().question("focus");
        try {
            publish(editor, focus, "Two-instance test: where should most technology effort go?");
            for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {first, second}) {
                instance.getBean(CatalogueService.class).refreshIfChanged();
                assertThat(get(base(instance), "/api/v1/questionnaire").body())
                        .contains("Two-instance test: where should most technology effort go?");
            }
        } finally {
            publish(editor, focus, focus.help());
            first.getBean(CatalogueService.class).refreshIfChanged();
            second.getBean(CatalogueService.class).refreshIfChanged();
        }
    }

    /** Published through the first instance, as an admin would: the second learns of it from the database. */
    private static void publish(CatalogueEditor editor, Question question, String help) {
        Question edited = new Question(question.key(), question.step(), question.prompt(), help, question.shortLabel(),
                question.options());
        assertThat(editor.saveQuestion(edited, "two-instance test")).isEmpty();
        editor.publish("two-instance test", "help of " + question.key());
    }

    private HttpResponse<String> answer(ConfigurableApplicationContext instance, String token, int step,
                                        Map<String, String> answers) throws Exception {
        String page = get(base(instance), "/q/" + token + "/" + step).body();
        Map<String, String> form = new LinkedHashMap<>(answers);
        form.put("_csrf", csrf(page));
        form.put("action", "next");
        HttpResponse<String> response = post(base(instance), "/q/" + token + "/" + step, form);
        assertThat(response.statusCode()).as("step " + step + " " + response.body()).isEqualTo(302);
        return response;
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(URI base, String path) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> post(URI base, String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
