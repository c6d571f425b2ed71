package org.techleadership.advisor.mail.internal;

/** A mail was written to the outbox; announced in the writing transaction, acted on after it commits. */
public record MailQueued(long id) {
}
