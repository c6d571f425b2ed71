package org.techleadership.advisor.consultant;

import java.time.Instant;

/**
 * One line of the consultant's dashboard: an invitation and, once answered, its latest result.
 * step is the step the client is on (or was last on) and lastActivity when they last saved an answer.
 */
public record ClientRow(long draftId, String clientLabel, Instant createdAt, Status status, String draftToken,
                        Long assessmentId, String shareToken, String recommendation, Integer fit, String advice,
                        boolean revoked, int step, Instant lastActivity) {

    public enum Status {
        INVITED("Invited"), IN_PROGRESS("In progress"), DONE("Done");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
