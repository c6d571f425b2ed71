package org.techleadership.advisor.questionnaire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "E-mail me my result link": the one address it goes to. */
public class ResultMailForm {

    @NotBlank(message = "{resultMail.recipient.required}")
    @Size(max = 254, message = "{resultMail.recipient.invalid}")
    private String recipient = "";

    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
}
