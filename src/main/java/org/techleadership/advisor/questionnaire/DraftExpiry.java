package org.techleadership.advisor.questionnaire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Unfinished questionnaires that nobody touched for {@code advisor.retention.drafts} (30 days by
 * default) are deleted, a small batch per transaction, so that abandoned answers are not kept
 * for ever. Finished ones stay (their link is the owner's way to their result and to deleting it),
 * and so do a consultant's invitations (the consultant deletes those). One started from a practice's
 * own link is a stranger's, not an invitation: unfinished, it expires like an owner's own.
 */
@Component
@EnableConfigurationProperties(DraftExpiry.Settings.class)
class DraftExpiry {

    /**
     * @param drafts     how long an unfinished questionnaire is kept after its last change
     * @param batchSize  drafts deleted per transaction
     * @param maxBatches batches per run at most (the next run goes on)
     */
    @ConfigurationProperties("advisor.retention")
    record Settings(@DefaultValue("30d") Duration drafts, @DefaultValue("200") int batchSize,
                    @DefaultValue("50") int maxBatches) {
        long draftDays() {
            return drafts.toDays();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DraftExpiry.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Settings settings;
    private final Counter expired;
    private final Clock clock = Clock.systemUTC();

    DraftExpiry(JdbcClient jdbc, PlatformTransactionManager transactions, Settings settings, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.expired = meters.counter("advisor.drafts.expired");
    }

    @Scheduled(fixedDelayString = "${advisor.retention.interval:PT1H}", initialDelayString = "PT1M")
    void run() {
        int total = purge(Instant.now(clock));
        if (total > 0) {
            log.info("Deleted {} unfinished questionnaires untouched for {} days", total, settings.draftDays());
        }
    }

    /** Deletes the drafts abandoned before {@code now} minus the retention; returns how many. */
    int purge(Instant now) {
        LocalDateTime before = LocalDateTime.ofInstant(now.minus(settings.drafts()), ZoneOffset.UTC);
        int total = 0;
        for (int batch = 0; batch < settings.maxBatches(); batch++) {
            Integer deleted = transaction.execute(status -> {
                List<Long> ids = jdbc.sql("""
                        select id from questionnaire_draft
                        where assessment_token is null and (consultant_id is null or public_link is not null)
                          and updated_at < ?
                        order by id fetch first %d rows only""".formatted(settings.batchSize()))
                        .param(before).query(Long.class).list();
                if (!ids.isEmpty()) {
                    jdbc.sql("delete from draft_answer where draft_id in (:ids)").param("ids", ids).update();
                    jdbc.sql("delete from questionnaire_draft where id in (:ids)").param("ids", ids).update();
                }
                return ids.size();
            });
            total += deleted;
            expired.increment(deleted);
            if (deleted < settings.batchSize()) {
                break;
            }
        }
        return total;
    }
}
