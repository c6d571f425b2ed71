package org.techleadership.advisor.assessment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.techleadership.advisor.assessment.AssessmentChanged;
import org.techleadership.advisor.assessment.PeerSettings;

/**
 * How many stored assessments of each company size and technical-team band were recommended each
 * role, from the stored codes alone (two answer rows and the primary code; nothing else is read).
 * Counted: every assessment whose link shows its recommendation; a withdrawn one, one held for its
 * consultant's review and a deleted one (its row is gone, only a tombstone stays) are not.
 * <p>
 * Why it is kept: a result page is rendered far more often than assessments are made, and the count
 * reads every stored assessment's two answers. So every group is counted in one query, at most once
 * per {@code advisor.peers.refresh-interval} on each instance, and forgotten at once when an
 * assessment changes here (a withdrawal, a deletion).
 */
@Component
public class PeerCounts {

    /** One snapshot of every group's counts: group key "SIZE/BAND" to role code to count. */
    public record Snapshot(Instant countedAt, Map<String, Map<String, Long>> groups) {

        public Map<String, Long> of(String size, String band) {
            return groups.getOrDefault(size + "/" + band, Map.of());
        }
    }

    private final JdbcClient jdbc;
    private final Duration keepFor;
    private final Clock clock;
    private volatile Snapshot kept;

    @Autowired
    PeerCounts(JdbcClient jdbc, PeerSettings settings) {
        this(jdbc, settings.refreshInterval(), Clock.systemUTC());
    }

    PeerCounts(JdbcClient jdbc, Duration keepFor, Clock clock) {
        this.jdbc = jdbc;
        this.keepFor = keepFor;
        this.clock = clock;
    }

    public Snapshot current() {
        Snapshot snapshot = kept;
        if (snapshot != null && clock.instant().isBefore(snapshot.countedAt().plus(keepFor))) {
            return snapshot;
        }
        synchronized (this) {
            snapshot = kept;
            if (snapshot == null || !clock.instant().isBefore(snapshot.countedAt().plus(keepFor))) {
                snapshot = count();
                kept = keepFor.isZero() ? null : snapshot;
            }
            return snapshot;
        }
    }

    private Snapshot count() {
        Instant now = clock.instant();
        Map<String, Map<String, Long>> groups = new LinkedHashMap<>();
        jdbc.sql("""
                select s.option_key as size_key, t.option_key as band_key, a.primary_code, count(*) as matches
                from assessment a
                join assessment_answer s on s.assessment_id = a.id and s.question_key = 'company_size'
                join assessment_answer t on t.assessment_id = a.id and t.question_key = 'tech_team'
                where a.revoked_at is null and a.released_at is not null
                group by s.option_key, t.option_key, a.primary_code
                order by s.option_key, t.option_key, a.primary_code""")
                .query(rows -> {
                    groups.computeIfAbsent(rows.getString("size_key") + "/" + rows.getString("band_key"),
                            k -> new LinkedHashMap<>()).put(rows.getString("primary_code"), rows.getLong("matches"));
                });
        groups.replaceAll((k, v) -> Map.copyOf(v));
        return new Snapshot(now, Map.copyOf(groups));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(AssessmentChanged changed) {
        kept = null;
    }
}
