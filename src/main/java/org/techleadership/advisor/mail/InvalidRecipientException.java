package org.techleadership.advisor.mail;

/**
 * The recipient is not one plain e-mail address (a typo, a name around it, a line break that would
 * add headers). Thrown by {@link OutgoingMail}'s constructor, before anything is stored: a form
 * shows it as a message next to the address field ({@link OutgoingMail#isDeliverable} checks first).
 */
public class InvalidRecipientException extends IllegalArgumentException {

    public InvalidRecipientException(String reason) {
        super(reason);
    }
}
