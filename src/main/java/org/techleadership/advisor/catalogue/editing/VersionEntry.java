package org.techleadership.advisor.catalogue.editing;

import java.time.Instant;

public record VersionEntry(int version, Instant publishedAt, String publishedBy, String note) {}
