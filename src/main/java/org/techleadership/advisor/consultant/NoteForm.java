package org.techleadership.advisor.consultant;

import jakarta.validation.constraints.Size;

/** The consultant's private note; empty clears it. */
public class NoteForm {

    @Size(max = 4000, message = "{note.tooLong}")
    private String note = "";

    static NoteForm of(String note) {
        NoteForm form = new NoteForm();
        form.setNote(note == null ? "" : note);
        return form;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
