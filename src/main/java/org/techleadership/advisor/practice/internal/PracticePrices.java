package org.techleadership.advisor.practice.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.techleadership.advisor.practice.PracticePrice;

/** The practice_price table: a practice's own prices, by role. Callers pass their own practice's id only. */
@Repository
public class PracticePrices {

    private final JdbcClient jdbc;

    PracticePrices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PracticePrice> of(long practiceId) {
        return jdbc.sql("SELECT profile_code, currency, basis, low_amount, high_amount, note FROM practice_price"
                        + " WHERE practice_id = ? ORDER BY profile_code")
                .param(practiceId)
                .query((rs, n) -> new PracticePrice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        (Integer) rs.getObject(5), rs.getString(6)))
                .list();
    }

    public void put(long practiceId, PracticePrice price, Instant now) {
        remove(practiceId, price.profileCode());
        jdbc.sql("INSERT INTO practice_price (practice_id, profile_code, currency, basis, low_amount, high_amount,"
                        + " note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(practiceId, price.profileCode(), price.currency(), price.basis(), price.low(), price.high(),
                        price.note(), Timestamp.from(now))
                .update();
    }

    public void remove(long practiceId, String profileCode) {
        jdbc.sql("DELETE FROM practice_price WHERE practice_id = ? AND profile_code = ?")
                .params(practiceId, profileCode).update();
    }
}
