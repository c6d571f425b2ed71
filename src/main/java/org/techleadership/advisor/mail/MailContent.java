package org.techleadership.advisor.mail;

/** A mail's two parts, rendered by {@link MailTemplates}. */
public record MailContent(String html, String text) {

    /** The mail to queue with these parts. */
    public OutgoingMail to(String recipient, String subject, String kind, Long consultantId, String reference) {
        return new OutgoingMail(recipient, subject, html, text, kind, consultantId, reference);
    }
}
