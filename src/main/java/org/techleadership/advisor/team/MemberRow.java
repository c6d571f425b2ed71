package org.techleadership.advisor.team;

import jakarta.validation.constraints.Size;

import org.techleadership.advisor.mail.OutgoingMail;

/**
 * One member as typed: a row of the new team's form, or the organiser's "add a member" form. A
 * blank row is left out; whether the label is required, unique and the address deliverable is
 * {@link TeamFormCheck}'s to say, since it depends on the other rows and on the team.
 */
public class MemberRow {

    @Size(max = TeamAssessment.LABEL_MAX, message = "{teampage.form.label.tooLong}")
    private String label = "";

    @Size(max = OutgoingMail.MAX_ADDRESS_LENGTH, message = "{teampage.form.email.invalid}")
    private String email = "";

    boolean isBlank() {
        return isBlank(label) && isBlank(email);
    }

    /** The member to add; their address only where this installation sends e-mail. */
    TeamAssessments.NewMember toNewMember(boolean withEmail) {
        return new TeamAssessments.NewMember(label.strip(), withEmail && !isBlank(email) ? email.strip() : null);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
