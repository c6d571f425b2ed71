package org.techleadership.advisor.mail;

import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * A mail to queue: one recipient, a subject, the HTML and plain-text parts (from
 * {@link MailTemplates}), the caller's word for what it is ({@code kind}, e.g. INVITATION), and
 * optionally whose it is and what it is about ({@code consultantId}, {@code reference}, e.g.
 * "client:12"), by which the consultant's pages list its deliveries.
 */
public record OutgoingMail(String recipient, String subject, String html, String text, String kind,
                           Long consultantId, String reference) {

    public static final int MAX_SUBJECT_LENGTH = 200;
    /** RFC 5321's limit for a forward path. */
    public static final int MAX_ADDRESS_LENGTH = 254;

    // CR and LF would start a header of their own; no other control character belongs in a header either
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public OutgoingMail {
        String problem = addressProblem(recipient);
        if (problem != null) {
            throw new InvalidRecipientException(problem);
        }
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH
                || CONTROL.matcher(subject).find()) {
            throw new IllegalArgumentException("A subject is one line of 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
        if (html == null || html.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("A mail needs both an HTML and a plain-text part");
        }
        if (kind == null || kind.isBlank() || kind.length() > 40) {
            throw new IllegalArgumentException("A mail's kind is a word of 1 to 40 characters");
        }
        if (reference != null && reference.length() > 100) {
            throw new IllegalArgumentException("A mail's reference is at most 100 characters");
        }
    }

    /** Whether {@code address} would be accepted as a recipient: for a form's own check. */
    public static boolean isDeliverable(String address) {
        return addressProblem(address) == null;
    }

    private static String addressProblem(String address) {
        if (address == null || address.isBlank()) {
            return "An e-mail address is needed";
        }
        if (address.length() > MAX_ADDRESS_LENGTH || CONTROL.matcher(address).find()) {
            return "This is not an e-mail address";
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            // one bare address: no "Name <...>", no group, nothing the parser kept beside it
            if (!parsed.getAddress().equals(address) || parsed.getPersonal() != null || parsed.isGroup()) {
                return "Enter the address alone, like name@example.com";
            }
            String domain = address.substring(address.lastIndexOf('@') + 1);
            if (!domain.contains(".") || domain.startsWith("[")) {
                return "This address has no full domain, like example.com";
            }
            return null;
        } catch (AddressException e) {
            return "This is not an e-mail address";
        }
    }
}
