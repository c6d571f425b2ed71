package org.techleadership.advisor.consultant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A client record's details as the consultant edits them. */
public class ClientForm {

    @NotBlank(message = "{invite.clientLabel.required}")
    @Size(max = InviteForm.CLIENT_LABEL_MAX, message = "{invite.clientLabel.tooLong}")
    private String name = "";

    @Size(max = 120, message = "{client.contactName.tooLong}")
    private String contactName = "";

    @Email(message = "{client.contactEmail.invalid}")
    @Size(max = 254, message = "{client.contactEmail.invalid}")
    private String contactEmail = "";

    @Size(max = 4000, message = "{client.notes.tooLong}")
    private String notes = "";

    private boolean reminders;

    private boolean reviewFirst;

    static ClientForm of(Client client) {
        ClientForm form = new ClientForm();
        form.name = client.getName();
        form.contactName = client.getContactName() == null ? "" : client.getContactName();
        form.contactEmail = client.getContactEmail() == null ? "" : client.getContactEmail();
        form.notes = client.getNotes() == null ? "" : client.getNotes();
        form.reminders = client.isReminders();
        form.reviewFirst = client.isReviewFirst();
        return form;
    }

    ClientDetails details() {
        return new ClientDetails(name, contactName, contactEmail, notes, reminders, reviewFirst);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public boolean isReminders() { return reminders; }
    public void setReminders(boolean reminders) { this.reminders = reminders; }
    public boolean isReviewFirst() { return reviewFirst; }
    public void setReviewFirst(boolean reviewFirst) { this.reviewFirst = reviewFirst; }
}
