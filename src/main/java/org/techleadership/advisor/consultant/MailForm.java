package org.techleadership.advisor.consultant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An e-mail to the client: to whom, and a few words of the consultant's own. */
public class MailForm {

    @NotBlank(message = "{mailForm.recipient.required}")
    @Size(max = 254, message = "{mailForm.recipient.invalid}")
    private String recipient = "";

    @Size(max = 2000, message = "{mailForm.message.tooLong}")
    private String message = "";

    static MailForm to(String recipient) {
        MailForm form = new MailForm();
        form.recipient = recipient == null ? "" : recipient;
        return form;
    }

    /** One plain address the outbox will take (no name, no second address, no line break). */
    boolean deliverable() {
        return ClientMail.deliverable(recipient);
    }

    String personal() {
        return message == null || message.isBlank() ? null : message.strip();
    }

    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}
