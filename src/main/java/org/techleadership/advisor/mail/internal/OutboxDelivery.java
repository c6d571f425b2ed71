package org.techleadership.advisor.mail.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.techleadership.advisor.mail.MailSettings;

/**
 * Claims a due mail, hands it to the SMTP server and records what happened: SENT, or PENDING again
 * after the next wait of {@code advisor.mail.backoff}, or FAILED after {@code max-attempts}. A mail
 * is sent at least once and, short of a crash between the server's "accepted" and our "sent", once:
 * a claim is held far longer than any SMTP timeout.
 */
@Component
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int MAX_REASON_LENGTH = 300;
    private static final int MAX_BATCHES_PER_POLL = 10;

    private final OutboxRows rows;
    private final SmtpServer smtp;
    private final MailSettings settings;

    OutboxDelivery(OutboxRows rows, SmtpServer smtp, MailSettings settings) {
        this.rows = rows;
        this.smtp = smtp;
        this.settings = settings;
    }

    /**
     * Sends every mail due by {@code now}, a batch at a time; returns how many were sent. The times
     * it records run on from {@code now} (a test passes a later one to skip the waits).
     */
    public int deliverDue(Instant now) {
        if (smtp.sender().isEmpty()) {
            return 0; // no spring.mail.host any more: the mails wait for one
        }
        long started = System.nanoTime();
        int sent = 0;
        // bounded, so a poll ends even if every mail it is offered is taken by another instance first
        for (int batch = 0; batch < MAX_BATCHES_PER_POLL; batch++) {
            List<Long> due = rows.due(now, settings.batchSize());
            for (long id : due) {
                sent += attempt(id, now.plusNanos(System.nanoTime() - started)) ? 1 : 0;
            }
            if (due.size() < settings.batchSize()) {
                break;
            }
        }
        return sent;
    }

    /** One attempt at mail {@code id}, if it is due and this instance wins its claim; true when sent. */
    public boolean attempt(long id, Instant now) {
        long started = System.nanoTime();
        JavaMailSender sender = smtp.sender().orElse(null);
        if (sender == null) {
            return false; // no spring.mail.host any more: the mail waits for one
        }
        Optional<OutboxRows.Claimed> claimed = rows.claim(id, now, now.plus(settings.claimFor()));
        if (claimed.isEmpty()) {
            return false;
        }
        OutboxRows.Claimed mail = claimed.get();
        try {
            sender.send(message(sender, mail));
        } catch (MessagingException | RuntimeException e) {
            boolean giveUp = mail.attempts() >= settings.maxAttempts();
            String reason = reasonOf(e);
            Instant failedAt = now.plusNanos(System.nanoTime() - started);
            rows.failed(id, reason, failedAt.plus(settings.waitAfter(mail.attempts())), giveUp);
            log.warn("Mail {} attempt {} of {} failed{}: {}", id, mail.attempts(), settings.maxAttempts(),
                    giveUp ? ", given up" : "", reason);
            return false;
        }
        rows.sent(id, now.plusNanos(System.nanoTime() - started));
        return true;
    }

    private MimeMessage message(JavaMailSender sender, OutboxRows.Claimed mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        return message;
    }

    /** One line a consultant can read: what went wrong, without host names or stack traces. */
    static String reasonOf(Exception e) {
        if (e instanceof MailAuthenticationException) {
            return "The mail server refused this application's sign-in";
        }
        Throwable root = e;
        if (e instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            root = send.getFailedMessages().values().iterator().next();
        }
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof ConnectException || root instanceof UnknownHostException
                    || root instanceof SocketTimeoutException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof ConnectException || root instanceof UnknownHostException
                || root instanceof SocketTimeoutException) {
            return "The mail server could not be reached";
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String line = message.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() <= MAX_REASON_LENGTH ? line : line.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }
}
