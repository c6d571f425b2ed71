package org.techleadership.advisor.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.techleadership.advisor.mail.internal.MailQueued;
import org.techleadership.advisor.mail.internal.OutboxRows;
import org.techleadership.advisor.mail.internal.SmtpServer;

/**
 * The module's door. {@link #queue} writes a mail in the caller's transaction; it is sent after
 * that commits, off the request thread, and retried until sent or FAILED (docs/architecture.md,
 * "E-mail"). A consultant's pages read what happened through {@link #deliveries} and
 * {@link #recentFailures}.
 */
@Service
@EnableConfigurationProperties(MailSettings.class)
public class Outbox {

    private final OutboxRows rows;
    private final SmtpServer smtp;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate callersTransaction;
    private final Clock clock = Clock.systemUTC();

    Outbox(OutboxRows rows, SmtpServer smtp, ApplicationEventPublisher events,
           PlatformTransactionManager transactions) {
        this.rows = rows;
        this.smtp = smtp;
        this.events = events;
        this.callersTransaction = new TransactionTemplate(transactions);
        // joins the caller's: a change rolled back takes its mail with it
        this.callersTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /** Whether this installation sends e-mail (spring.mail.host is set); pages hide e-mail buttons when not. */
    public boolean available() {
        return smtp.sender().isPresent();
    }

    /**
     * Queues {@code mail}: written in the caller's transaction (or one of its own), sent once that
     * commits. Returns the mail's id.
     *
     * @throws MailUnavailableException when {@link #available()} is false; thrown before any
     *                                  transaction is touched, so the caller may catch it and commit
     */
    public long queue(OutgoingMail mail) {
        if (!available()) {
            throw new MailUnavailableException();
        }
        return callersTransaction.execute(status -> {
            long id = rows.insert(mail, clock.instant());
            events.publishEvent(new MailQueued(id));
            return id;
        });
    }

    /** The mails about {@code reference} (e.g. "client:12") of this consultant, newest first. */
    public List<Delivery> deliveries(long consultantId, String reference) {
        return rows.deliveries(consultantId, reference);
    }

    /** This consultant's mails given up as FAILED in the last {@code within}, newest first, at most 20. */
    public List<Delivery> recentFailures(long consultantId, Duration within) {
        return rows.failures(consultantId, clock.instant().minus(within), 20);
    }

    /** How many mails about {@code reference} were queued, sent or not: for a cap per thing mailed about. */
    public int countFor(String reference) {
        return rows.count(reference);
    }

    /** Forgets the mails about {@code reference}, sent or not: its record is deleted with its data. */
    public int deleteFor(long consultantId, String reference) {
        return rows.delete(consultantId, reference);
    }

    /** Forgets the mails about {@code reference} that are no consultant's (a business owner's own, such as a team's). */
    public int deleteOwnerless(String reference) {
        return rows.deleteOwnerless(reference);
    }
}
