package org.techleadership.advisor.assessment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tombstones of deleted links, share links and questionnaire links alike: a deleted link says
 * "deleted" (410) for good, and nothing else of what it showed is kept.
 */
@Component
public class DeletedLinks {

    /** Who asked for the deletion: the person who answered, or the consultant who prepared it. */
    public enum DeletedBy { OWNER, CONSULTANT }

    public record Tombstone(Instant deletedAt, DeletedBy deletedBy) { }

    private final JdbcClient jdbc;

    DeletedLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the link as deleted (once: a second deletion keeps the first tombstone). */
    public void record(String token, DeletedBy by, Instant at) {
        if (find(token).isEmpty()) {
            jdbc.sql("insert into deleted_link (token, deleted_at, deleted_by) values (?, ?, ?)")
                    .params(token, LocalDateTime.ofInstant(at, ZoneOffset.UTC), by.name()).update();
        }
    }

    public Optional<Tombstone> find(String token) {
        if (!LinkToken.looksValid(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select deleted_at, deleted_by from deleted_link where token = ?").param(token)
                .query((rows, n) -> new Tombstone(rows.getObject("deleted_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        DeletedBy.valueOf(rows.getString("deleted_by"))))
                .optional();
    }

    /** Throws the "deleted" answer if the link was deleted; returns quietly otherwise. */
    public void throwIfDeleted(String token) {
        find(token).ifPresent(tombstone -> {
            throw new RecommendationDeletedException(tombstone);
        });
    }
}
