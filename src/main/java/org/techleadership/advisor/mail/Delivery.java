package org.techleadership.advisor.mail;

import java.time.Instant;

/**
 * One queued mail as a consultant's page shows it: "sent", "retrying" or "failed: reason".
 *
 * @param lastError the reason of the last failed attempt, one short line; null when none failed
 * @param sentAt    null until it is sent
 */
public record Delivery(long id, String kind, String recipient, String subject, Status status, int attempts,
                       String lastError, Instant createdAt, Instant sentAt) {

    public enum Status { PENDING, SENT, FAILED }

    /** Waiting for another attempt after at least one failed. */
    public boolean retrying() {
        return status == Status.PENDING && attempts > 0;
    }
}
