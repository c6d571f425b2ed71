package org.techleadership.advisor.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.techleadership.advisor.AdvisorApplication;
import org.techleadership.advisor.api.AssessmentApiTest;

/** The embedded database is a file: a result made before a restart is there, unchanged, after it. */
class ShareLinkSurvivesRestartTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shareLinkShowsTheSameRecommendationAfterARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("advisor-restart");
        String shareUrlPath;
        String before;
        try (ConfigurableApplicationContext first = startOn(dataDir)) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(base(first).resolve("/api/v1/assessments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"answers\": " + AssessmentApiTest.CIO_ANSWERS + "}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            String location = created.headers().firstValue("Location").orElseThrow();
            shareUrlPath = "/r/" + location.substring(location.lastIndexOf('/') + 1);
            before = get(base(first).resolve(shareUrlPath));
        }
        try (ConfigurableApplicationContext second = startOn(dataDir)) {
            String after = get(base(second).resolve(shareUrlPath));
            assertThat(after).contains("Chief Information Officer (CIO)").isEqualTo(before);
        }
    }

    private static ConfigurableApplicationContext startOn(Path dataDir) {
        return new SpringApplicationBuilder(AdvisorApplication.class)
                .run("--server.port=0", "--advisor.data-dir=" + dataDir, "--spring.main.banner-mode=off");
    }

    private static URI base(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://localhost:" + port);
    }

    private String get(URI uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }
}
