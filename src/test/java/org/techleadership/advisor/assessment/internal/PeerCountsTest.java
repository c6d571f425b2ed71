package org.techleadership.advisor.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.techleadership.advisor.assessment.AssessmentChanged;

/**
 * The counts behind "Businesses like yours": by company size, technical-team band and recommended
 * role, of the assessments whose links show them; kept for the refresh interval, forgotten on a change.
 */
class PeerCountsTest {

    JdbcClient jdbc;
    final AtomicLong seconds = new AtomicLong(1_000_000);
    final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return Instant.ofEpochSecond(seconds.get()); }
    };
    long ids;

    @BeforeEach
    void twoTables() {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:peers-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(data);
        jdbc.sql("create table assessment (id bigint primary key, primary_code varchar(32) not null,"
                + " revoked_at timestamp, released_at timestamp)").update();
        jdbc.sql("create table assessment_answer (assessment_id bigint not null, question_key varchar(40) not null,"
                + " option_key varchar(40) not null, primary key (assessment_id, question_key))").update();
    }

    @Test
    void countsBySizeBandAndRoleWhatLinksShow() {
        store("MEDIUM", "ESTABLISHED", "CIO", true, false);
        store("MEDIUM", "ESTABLISHED", "CIO", true, false);
        store("MEDIUM", "ESTABLISHED", "CTO", true, false);
        store("MEDIUM", "ESTABLISHED", "CTO", false, false); // held for review
        store("MEDIUM", "ESTABLISHED", "CTO", true, true);   // withdrawn
        store("MEDIUM", "SMALL", "CIO", true, false);
        store("SMALL", "ESTABLISHED", "VCIO", true, false);
        PeerCounts.Snapshot counted = new PeerCounts(jdbc, Duration.ofMinutes(10), clock).current();
        assertThat(counted.of("MEDIUM", "ESTABLISHED")).isEqualTo(Map.of("CIO", 2L, "CTO", 1L));
        assertThat(counted.of("MEDIUM", "SMALL")).isEqualTo(Map.of("CIO", 1L));
        assertThat(counted.of("SMALL", "ESTABLISHED")).isEqualTo(Map.of("VCIO", 1L));
        assertThat(counted.of("LARGE", "NONE")).isEmpty();
    }

    @Test
    void keptForTheRefreshIntervalAndForgottenWhenAnAssessmentChanges() {
        PeerCounts counts = new PeerCounts(jdbc, Duration.ofMinutes(10), clock);
        store("MICRO", "NONE", "VCTO", true, false);
        assertThat(counts.current().of("MICRO", "NONE")).containsEntry("VCTO", 1L);

        store("MICRO", "NONE", "VCTO", true, false);
        seconds.addAndGet(599);
        assertThat(counts.current().of("MICRO", "NONE")).containsEntry("VCTO", 1L);
        seconds.addAndGet(1);
        assertThat(counts.current().of("MICRO", "NONE")).containsEntry("VCTO", 2L);

        store("MICRO", "NONE", "VCTO", true, false);
        assertThat(counts.current().of("MICRO", "NONE")).containsEntry("VCTO", 2L);
        counts.forget(new AssessmentChanged("any"));
        assertThat(counts.current().of("MICRO", "NONE")).containsEntry("VCTO", 3L);
        assertThat(counts.current().countedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aZeroIntervalCountsEveryTime() {
        PeerCounts counts = new PeerCounts(jdbc, Duration.ZERO, clock);
        store("LARGE", "LARGE", "CIO_AND_CTO", true, false);
        assertThat(counts.current().of("LARGE", "LARGE")).containsEntry("CIO_AND_CTO", 1L);
        store("LARGE", "LARGE", "CIO_AND_CTO", true, false);
        assertThat(counts.current().of("LARGE", "LARGE")).containsEntry("CIO_AND_CTO", 2L);
    }

    private void store(String size, String band, String code, boolean released, boolean withdrawn) {
        long id = ++ids;
        jdbc.sql("insert into assessment (id, primary_code, revoked_at, released_at) values (?, ?, ?, ?)")
                .params(id, code, withdrawn ? java.sql.Timestamp.from(clock.instant()) : null,
                        released ? java.sql.Timestamp.from(clock.instant()) : null).update();
        for (Map.Entry<String, String> answer : Map.of("company_size", size, "tech_team", band, "budget", "FULL_TIME")
                .entrySet()) {
            jdbc.sql("insert into assessment_answer (assessment_id, question_key, option_key) values (?, ?, ?)")
                    .params(id, answer.getKey(), answer.getValue()).update();
        }
    }
}
