package org.techleadership.advisor.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.techleadership.advisor.mail.Delivery;
import org.techleadership.advisor.mail.OutgoingMail;

/**
 * The outgoing_mail table (V14). Times are stored as UTC without a zone, like the other tables.
 * Every statement outside {@link #insert} runs on its own, committed at once: nothing holds a
 * transaction while an SMTP server answers.
 */
@Repository
public class OutboxRows {

    /** A claimed mail, as it goes out. */
    public record Claimed(long id, String recipient, String subject, String html, String text, int attempts) {
    }

    private static final String DELIVERY_COLUMNS =
            "id, kind, recipient, subject, status, attempts, last_error, created_at, sent_at";

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a PENDING mail, due at once; in the caller's transaction. */
    public long insert(OutgoingMail mail, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into outgoing_mail (created_at, kind, consultant_id, reference, recipient, subject,
                    html_body, text_body, status, attempts, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)""")
                .params(utc(now), mail.kind(), mail.consultantId(), mail.reference(), mail.recipient(),
                        mail.subject(), mail.html(), mail.text(), utc(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** PENDING mails due by {@code now} that nobody holds, oldest first. */
    public List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                select id from outgoing_mail
                where status = 'PENDING' and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)
                order by next_attempt_at, id fetch first %d rows only""".formatted(limit))
                .params(utc(now), utc(now)).query(Long.class).list();
    }

    /**
     * Takes the mail for this instance until {@code until}, counting the attempt, if it is still
     * PENDING, due and not held by another (or held by one whose claim ran out: it crashed).
     * The conditions are in the UPDATE itself, so of two instances racing exactly one gets it.
     */
    public Optional<Claimed> claim(long id, Instant now, Instant until) {
        int claimed = jdbc.sql("""
                update outgoing_mail set claimed_until = ?, attempts = attempts + 1
                where id = ? and status = 'PENDING' and next_attempt_at <= ?
                  and (claimed_until is null or claimed_until < ?)""")
                .params(utc(until), id, utc(now), utc(now)).update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select id, recipient, subject, html_body, text_body, attempts from outgoing_mail where id = ?")
                .param(id)
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .optional();
    }

    public void sent(long id, Instant now) {
        jdbc.sql("""
                update outgoing_mail set status = 'SENT', sent_at = ?, last_error = null, claimed_until = null
                where id = ? and status = 'PENDING'""")
                .params(utc(now), id).update();
    }

    /** Records a failed attempt: due again at {@code nextAttempt}, or FAILED for good when {@code giveUp}. */
    public void failed(long id, String reason, Instant nextAttempt, boolean giveUp) {
        jdbc.sql("""
                update outgoing_mail set status = ?, last_error = ?, next_attempt_at = ?, claimed_until = null
                where id = ? and status = 'PENDING'""")
                .params(giveUp ? "FAILED" : "PENDING", reason, utc(nextAttempt), id).update();
    }

    public List<Delivery> deliveries(long consultantId, String reference) {
        return jdbc.sql("select " + DELIVERY_COLUMNS
                        + " from outgoing_mail where consultant_id = ? and reference = ? order by created_at desc, id desc")
                .params(consultantId, reference).query(OutboxRows::delivery).list();
    }

    public List<Delivery> failures(long consultantId, Instant since, int limit) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + """
                         from outgoing_mail where consultant_id = ? and status = 'FAILED' and created_at >= ?
                        order by created_at desc, id desc fetch first %d rows only""".formatted(limit))
                .params(consultantId, utc(since)).query(OutboxRows::delivery).list();
    }

    public int count(String reference) {
        return jdbc.sql("select count(*) from outgoing_mail where reference = ?").param(reference).query(Integer.class)
                .single();
    }

    public int delete(long consultantId, String reference) {
        return jdbc.sql("delete from outgoing_mail where consultant_id = ? and reference = ?")
                .params(consultantId, reference).update();
    }

    public int deleteOwnerless(String reference) {
        return jdbc.sql("delete from outgoing_mail where consultant_id is null and reference = ?")
                .param(reference).update();
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getString("kind"), rs.getString("recipient"), rs.getString("subject"),
                Delivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));
    }

    // to the microsecond both databases keep: rounded by them, a mail due "now" could be due a little later
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
