package org.techleadership.advisor.sharing;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts how often a link was opened, for the consultant's funnel figures. A share page is served
 * from memory in microseconds, so an opening is only added to a counter here; every few seconds
 * the counters are added to the database in one go (and at shutdown). A crash loses at most those
 * seconds of counting, never a page or a link. Several instances each add their own counts.
 */
@Component
public class LinkOpenings {

    public enum Kind { SHARE, PDF, PUBLIC }

    /** One link's openings of one kind in one month. */
    public record Count(String link, Kind kind, YearMonth month, long opens) {}

    private record Key(String link, Kind kind, YearMonth month) {}

    private static final Logger log = LoggerFactory.getLogger(LinkOpenings.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();

    @Autowired
    LinkOpenings(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    LinkOpenings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void opened(String link, Kind kind) {
        pending.computeIfAbsent(new Key(link, kind, YearMonth.now(clock.withZone(ZoneOffset.UTC))), k -> new LongAdder())
                .increment();
    }

    /** Adds what was counted since the last time; what cannot be written now is kept for the next time. */
    @Scheduled(fixedDelayString = "${advisor.openings.flush-interval:PT10S}", initialDelayString = "PT10S")
    public void flush() {
        for (Key key : new ArrayList<>(pending.keySet())) {
            LongAdder adder = pending.remove(key);
            long opens = adder == null ? 0 : adder.sumThenReset();
            if (opens == 0) {
                continue;
            }
            try {
                add(key, opens);
            } catch (DataAccessException unavailable) {
                pending.computeIfAbsent(key, k -> new LongAdder()).add(opens);
                log.warn("Link openings not written yet ({}); kept for the next time", unavailable.getMessage());
                return;
            }
        }
    }

    private void add(Key key, long opens) {
        String month = key.month().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            int updated = jdbc.sql("UPDATE link_opening SET opens = opens + ? WHERE link = ? AND kind = ? AND period = ?")
                    .params(opens, key.link(), key.kind().name(), month).update();
            if (updated > 0) {
                return;
            }
            try {
                jdbc.sql("INSERT INTO link_opening (link, kind, period, opens) VALUES (?, ?, ?, ?)")
                        .params(key.link(), key.kind().name(), month, opens).update();
                return;
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                // then the update finds its row
            }
        }
    }

    @PreDestroy
    void flushAtShutdown() {
        flush();
    }

    /** The openings of these links, written so far (call flush() first to include the last seconds). */
    public List<Count> of(Collection<String> links) {
        if (links.isEmpty()) {
            return List.of();
        }
        List<Count> counts = new ArrayList<>();
        List<String> all = List.copyOf(links);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> some = all.subList(from, Math.min(all.size(), from + 500));
            counts.addAll(jdbc.sql("SELECT link, kind, period, opens FROM link_opening WHERE link IN (:links)")
                    .param("links", some)
                    .query((rs, n) -> new Count(rs.getString(1), Kind.valueOf(rs.getString(2)),
                            YearMonth.parse(rs.getString(3).strip()), rs.getLong(4))).list());
        }
        return counts;
    }

    /** Forgets a deleted link's figures. */
    public void forget(Collection<String> links) {
        links.forEach(link -> pending.keySet().removeIf(k -> k.link().equals(link)));
        for (String link : links) {
            jdbc.sql("DELETE FROM link_opening WHERE link = ?").param(link).update();
        }
    }
}
