package org.techleadership.advisor.consultant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new client and its first invitation, as typed (the service strips what it stores). A name
 * another client of the consultant already has is asked about once (sameNameConfirmed), so a
 * re-invitation does not become a second record by mistake, while two different "Acme"s still can.
 */
public class InviteForm {

    static final int CLIENT_LABEL_MAX = 120;

    @NotBlank(message = "{invite.clientLabel.required}")
    @Size(max = CLIENT_LABEL_MAX, message = "{invite.clientLabel.tooLong}")
    private String clientLabel = "";

    @Size(max = 120, message = "{client.contactName.tooLong}")
    private String contactName = "";

    @Email(message = "{client.contactEmail.invalid}")
    @Size(max = 254, message = "{client.contactEmail.invalid}")
    private String contactEmail = "";

    private boolean sameNameConfirmed;

    private boolean reviewFirst;

    ClientDetails details() {
        return new ClientDetails(clientLabel, contactName, contactEmail, null, true, reviewFirst);
    }

    public String getClientLabel() { return clientLabel; }
    public void setClientLabel(String clientLabel) { this.clientLabel = clientLabel; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public boolean isSameNameConfirmed() { return sameNameConfirmed; }
    public void setSameNameConfirmed(boolean sameNameConfirmed) { this.sameNameConfirmed = sameNameConfirmed; }
    public boolean isReviewFirst() { return reviewFirst; }
    public void setReviewFirst(boolean reviewFirst) { this.reviewFirst = reviewFirst; }
}
