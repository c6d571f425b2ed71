package org.techleadership.advisor.catalogue.editing;

import java.time.Instant;

public record AuditEntry(Instant at, String actor, String action, String detail) {}
