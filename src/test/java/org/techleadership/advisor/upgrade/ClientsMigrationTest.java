package org.techleadership.advisor.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V13 turns the invitations of the previous release into client records the way its history page
 * grouped them (one client per consultant and label, case aside), each client keeping the id its
 * page's address had, and numbers new clients after them.
 */
class ClientsMigrationTest {

    @Test
    void invitationsBecomeOneClientPerConsultantAndLabelKeepingTheirAddresses() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:clients-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target("12").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        for (long user : new long[] {1, 2}) {
            jdbc.sql("INSERT INTO app_user (id, username, display_name, password_hash, role, enabled, failed_logins, "
                    + "created_at) VALUES (?, ?, 'C', 'x', 'CONSULTANT', TRUE, 0, CURRENT_TIMESTAMP)")
                    .params(user, "c" + user).update();
        }
        draft(jdbc, 10, 1L, "Acme Ltd", "2026-01-01 10:00:00");
        draft(jdbc, 11, 1L, "ACME LTD", "2026-02-01 10:00:00"); // re-invited: the same client
        draft(jdbc, 12, 1L, "Quay Books", "2026-03-01 10:00:00");
        draft(jdbc, 13, 2L, "Acme Ltd", "2026-03-02 10:00:00"); // another consultant's Acme
        draft(jdbc, 14, null, null, "2026-03-03 10:00:00"); // an owner's own questionnaire
        jdbc.sql("INSERT INTO draft_answer (draft_id, question_key, option_key) VALUES (12, 'focus', 'PROCESS')").update();

        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();

        List<Map<String, Object>> clients = jdbc.sql("SELECT id, consultant_id, name FROM client ORDER BY id").query()
                .listOfRows();
        assertThat(clients).extracting(c -> c.get("ID") + " " + c.get("CONSULTANT_ID") + " " + c.get("NAME"))
                .containsExactly("10 1 Acme Ltd", "12 1 Quay Books", "13 2 Acme Ltd");
        assertThat(jdbc.sql("SELECT id, client_id FROM questionnaire_draft ORDER BY id").query().listOfRows())
                .extracting(d -> d.get("ID") + "->" + d.get("CLIENT_ID"))
                .containsExactly("10->10", "11->10", "12->12", "13->13", "14->null");
        assertThat(jdbc.sql("SELECT id FROM questionnaire_draft WHERE started_at IS NOT NULL").query(Long.class).list())
                .containsExactly(12L);
        long next = jdbc.sql("INSERT INTO client (consultant_id, name, created_at, updated_at) "
                + "VALUES (1, 'New', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)").update();
        assertThat(next).isEqualTo(1);
        assertThat(jdbc.sql("SELECT MAX(id) FROM client").query(Long.class).single()).isEqualTo(14L);
    }

    private static void draft(JdbcClient jdbc, long id, Long consultant, String label, String at) {
        jdbc.sql("INSERT INTO questionnaire_draft (id, token, current_step, client_label, consultant_id, created_at, "
                + "updated_at) VALUES (?, ?, 1, ?, ?, TIMESTAMP '" + at + "', TIMESTAMP '" + at + "')")
                .params(id, "token-" + id, label, consultant).update();
    }
}
