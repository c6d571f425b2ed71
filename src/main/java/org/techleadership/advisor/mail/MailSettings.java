package org.techleadership.advisor.mail;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * advisor.mail.*: how the outbox sends. The SMTP server itself is Boot's {@code spring.mail.*};
 * without {@code spring.mail.host} there is no e-mail at all ({@link Outbox#available()}).
 *
 * @param from         the sender of every mail, an address or {@code "Name <address>"}
 * @param poll         whether this instance looks for mails to (re)send; tests turn it off and call it
 * @param pollInterval how often it looks
 * @param batchSize    mails claimed per look, at most
 * @param maxAttempts  attempts before a mail is given up as FAILED
 * @param backoff      the wait after the 1st, 2nd, ... failed attempt; the last one repeats
 * @param claimFor     how long an instance holds a mail it is sending; longer than any SMTP timeout,
 *                     so another instance takes it over only from one that crashed
 */
@ConfigurationProperties("advisor.mail")
public record MailSettings(@DefaultValue("no-reply@localhost") String from,
                           @DefaultValue("true") boolean poll,
                           @DefaultValue("30s") Duration pollInterval,
                           @DefaultValue("20") int batchSize,
                           @DefaultValue("6") int maxAttempts,
                           @DefaultValue({"1m", "5m", "30m", "2h", "6h"}) List<Duration> backoff,
                           @DefaultValue("5m") Duration claimFor) {

    public MailSettings {
        try {
            new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("advisor.mail.from is not an e-mail address: " + from, e);
        }
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("advisor.mail.max-attempts and batch-size must be at least 1");
        }
        if (backoff.isEmpty() || backoff.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("advisor.mail.backoff needs at least one wait longer than zero");
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || claimFor.isNegative() || claimFor.isZero()) {
            throw new IllegalArgumentException("advisor.mail.poll-interval and claim-for must be longer than zero");
        }
        backoff = List.copyOf(backoff);
    }

    /** The wait before the next attempt, after {@code failedAttempts} failed ones (1 or more). */
    public Duration waitAfter(int failedAttempts) {
        return backoff.get(Math.min(Math.max(failedAttempts, 1), backoff.size()) - 1);
    }
}
