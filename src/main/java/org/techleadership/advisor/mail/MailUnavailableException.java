package org.techleadership.advisor.mail;

/**
 * This installation sends no e-mail ({@code spring.mail.host} is not set). {@link Outbox#queue}
 * throws it before it touches the caller's transaction, so a caller may catch it and go on (show
 * "e-mail is not set up here"); better, it hides its e-mail buttons when {@link Outbox#available()}
 * is false and never gets here.
 */
public class MailUnavailableException extends IllegalStateException {

    public MailUnavailableException() {
        super("E-mail is not set up on this installation (spring.mail.host)");
    }
}
