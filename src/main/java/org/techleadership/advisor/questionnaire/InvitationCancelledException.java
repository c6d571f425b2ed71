package org.techleadership.advisor.questionnaire;

/** The consultant cancelled this invitation: its link says so and takes no answers. */
public class InvitationCancelledException extends RuntimeException {

    private final transient QuestionnaireDraft draft;

    public InvitationCancelledException(QuestionnaireDraft draft) {
        super("This invitation was cancelled", null, false, false);
        this.draft = draft;
    }

    public QuestionnaireDraft draft() {
        return draft;
    }
}
