package org.techleadership.advisor.questionnaire;

import java.time.Instant;

/** A consultant's invitation led to a new take (published inside the transaction that stored it). */
public record InvitationFinished(long draftId, long consultantId, Long clientId, long assessmentId, Instant at) {}
