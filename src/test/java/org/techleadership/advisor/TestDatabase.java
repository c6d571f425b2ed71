package org.techleadership.advisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With -Dadvisor.test-db=postgres (the surefire "postgres" execution), every test application runs
 * on one real PostgreSQL started from embedded binaries for the whole test JVM; otherwise on H2.
 */
public class TestDatabase implements EnvironmentPostProcessor {

    private static EmbeddedPostgres postgres;

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("advisor.test-db"));
    }

    public static synchronized String postgresUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!isPostgres()) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("advisorTestDatabase", Map.of(
                "spring.datasource.url", postgresUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                // @DataJpaTest would otherwise swap in an in-memory H2
                "spring.test.database.replace", "none")));
    }
}
