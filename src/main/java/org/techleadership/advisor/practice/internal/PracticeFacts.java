package org.techleadership.advisor.practice.internal;

/** A practice without its logo's bytes: what a brand is made of, read on every branded page. */
public record PracticeFacts(long id, long version, String name, String slug, Integer logoWidth, Integer logoHeight,
                            String accent, String contactEmail, String contactPhone, String bookingUrl,
                            String embedOrigins) {
}
