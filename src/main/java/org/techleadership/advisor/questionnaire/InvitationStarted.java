package org.techleadership.advisor.questionnaire;

import java.time.Instant;

/** A consultant's invitation got its first answer (published inside the transaction that kept it). */
public record InvitationStarted(long draftId, long consultantId, Long clientId, Instant at) {}
