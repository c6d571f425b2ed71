package org.techleadership.advisor.consultant;

/** A client record and all its data were deleted (published inside that transaction). */
public record ClientDeleted(long consultantId, long clientId) {}
