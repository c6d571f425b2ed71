package org.techleadership.advisor.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.techleadership.advisor.TestDatabase;

/**
 * V15 on a database of the release before (H2, or PostgreSQL in the postgres execution): every
 * account's practice name becomes a practice of its own with a slug made from it, none taken twice.
 */
class PracticeMigrationTest {

    @Test
    void everyPracticeNameBecomesAPracticeWithAFreeSlug() throws Exception {
        String url;
        String vendor;
        String user;
        if (TestDatabase.isPostgres()) {
            String database = "mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection admin = DriverManager.getConnection(TestDatabase.postgresUrl(), "postgres", "");
                 Statement create = admin.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
            url = TestDatabase.postgresUrl().replace("/postgres", "/" + database);
            vendor = "postgresql";
            user = "postgres";
        } else {
            url = "jdbc:h2:mem:mig-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            vendor = "h2";
            user = "sa";
        }
        SingleConnectionDataSource db = new SingleConnectionDataSource(url, user, "", true);
        try {
            flyway(db, vendor).target("12").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            String[] names = {"Morgan IT", "Morgan IT", "Café & Co!", null, "  ", "日本", "A -- B & C, D / E: F (G)"};
            for (int i = 0; i < names.length; i++) {
                jdbc.update("INSERT INTO app_user (username, display_name, practice_name, password_hash, role, enabled, "
                        + "failed_logins, created_at) VALUES (?, ?, ?, 'x', 'CONSULTANT', TRUE, 0, CURRENT_TIMESTAMP)",
                        "user" + i, "User " + i, names[i]);
            }

            flyway(db, vendor).load().migrate();

            List<Map<String, Object>> rows = jdbc.queryForList("SELECT u.username, p.name, p.slug FROM app_user u "
                    + "LEFT JOIN practice p ON p.id = u.practice_id ORDER BY u.username");
            assertThat(rows).extracting(row -> row.get("name")).containsExactly("Morgan IT", "Morgan IT", "Café & Co!",
                    null, null, "日本", "A -- B & C, D / E: F (G)");
            List<Object> slugs = rows.stream().map(row -> row.get("slug")).toList();
            assertThat(slugs.get(0)).isEqualTo("morgan-it");
            assertThat((String) slugs.get(1)).startsWith("morgan-it-");
            assertThat(slugs.get(2)).isEqualTo("cafe-co");
            assertThat((String) slugs.get(5)).matches("practice-\\d+");
            assertThat(slugs.get(6)).isEqualTo("a-b-c-d-e-f-g");
            assertThat(slugs.stream().filter(s -> s != null).distinct().count()).isEqualTo(5);
        } finally {
            db.destroy();
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(SingleConnectionDataSource db,
                                                                                 String vendor) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
    }
}
