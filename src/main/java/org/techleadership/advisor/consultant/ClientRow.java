package org.techleadership.advisor.consultant;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the consultant's dashboard: a client record, its latest invitation and its latest
 * take. step is the step the client is on (or was last on) and lastActivity when they last saved
 * an answer; answers are the latest take's (or, while the client answers, the answers so far).
 * held: the latest take waits for the consultant's advice and release.
 */
public record ClientRow(long clientId, String name, String contactName, String contactEmail, Instant createdAt,
                        Status status, Long draftId, String draftToken, int step, Instant lastActivity,
                        Long assessmentId, String shareToken, String recommendation, Integer fit, String advice,
                        boolean revoked, Instant finishedAt, boolean archived, Client.Source source,
                        Map<String, String> answers, boolean held) {

    public enum Status {
        NOT_INVITED("No open invitation"), INVITED("Invited"), IN_PROGRESS("In progress"), DONE("Done"),
        CANCELLED("Invitation cancelled");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean lead() {
        return source == Client.Source.PUBLIC_LINK;
    }
}
