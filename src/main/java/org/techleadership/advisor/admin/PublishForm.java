package org.techleadership.advisor.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Publishing a draft: a note saying what changes, and a confirmation when past results would change. */
class PublishForm {

    @NotBlank(message = "{cat.impact.note.required}")
    @Size(max = 500, message = "{cat.impact.note.size}")
    private String note = "";
    private boolean confirm;

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isConfirm() { return confirm; }
    public void setConfirm(boolean confirm) { this.confirm = confirm; }
}
