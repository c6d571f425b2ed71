package org.techleadership.advisor.questionnaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A draft with its answers read in one plain query, outside any transaction: showing a step needs
 * nothing more, and JPA's entity loading and a read-only transaction around it were most of a step
 * page's CPU. The draft it gives is a copy that nothing writes back.
 */
@Component
class DraftReads {

    private static final String QUERY = """
            select d.id, d.token, d.current_step, d.client_label, d.assessment_token, d.consultant_id,
                   d.client_id, d.answering_again, d.answerer_key, d.review_first, d.public_link, d.created_at, d.updated_at, d.started_at,
                   d.cancelled_at, a.question_key, a.option_key
            from questionnaire_draft d left join draft_answer a on a.draft_id = d.id
            where d.token = ?""";

    private final JdbcClient jdbc;

    DraftReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<QuestionnaireDraft> find(String token) {
        return jdbc.sql(QUERY).param(token).query(DraftReads::draft);
    }

    private static Optional<QuestionnaireDraft> draft(ResultSet rows) throws SQLException {
        QuestionnaireDraft draft = null;
        while (rows.next()) {
            if (draft == null) {
                long consultantId = rows.getLong("consultant_id");
                Long consultant = rows.wasNull() ? null : consultantId;
                long clientId = rows.getLong("client_id");
                Long client = rows.wasNull() ? null : clientId;
                draft = QuestionnaireDraft.copyOf(rows.getLong("id"), rows.getString("token"), rows.getInt("current_step"),
                        rows.getString("client_label"), rows.getString("assessment_token"), consultant,
                        client, rows.getBoolean("answering_again"), rows.getString("answerer_key"),
                        rows.getBoolean("review_first"), rows.getString("public_link"),
                        instant(rows, "created_at"), instant(rows, "updated_at"), instant(rows, "started_at"),
                        instant(rows, "cancelled_at"));
            }
            String question = rows.getString("question_key");
            if (question != null) {
                draft.answer(question, rows.getString("option_key"));
            }
        }
        return Optional.ofNullable(draft);
    }

    /** Hibernate keeps an Instant in a column without time zone as its UTC wall-clock time. */
    private static Instant instant(ResultSet rows, String column) throws SQLException {
        LocalDateTime at = rows.getObject(column, LocalDateTime.class);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
