package org.techleadership.advisor.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The practice's settings as typed. Bean Validation checks each field's shape; {@link PracticeValidator}
 * what it cannot (the accent's contrast, the booking link and each embedding origin), and the
 * controller whether the slug is free.
 */
public class PracticeForm {

    @NotBlank(message = "{practice.name.required}")
    @Size(max = 120, message = "{practice.name.size}")
    private String name = "";

    @Size(max = Slugs.MAX_LENGTH, message = "{practice.slug.size}")
    @Pattern(regexp = "|" + Slugs.PATTERN, message = "{practice.slug.pattern}")
    private String slug = "";

    @Size(max = 7, message = "{practice.accent.pattern}")
    private String accent = "";

    @Size(max = 254, message = "{practice.contactEmail.size}")
    // one address, with a dot in its domain; empty is none
    @Pattern(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{practice.contactEmail.invalid}")
    private String contactEmail = "";

    @Size(max = 40, message = "{practice.contactPhone.size}")
    @Pattern(regexp = "|\\+?[0-9 ()./-]{5,40}", message = "{practice.contactPhone.pattern}")
    private String contactPhone = "";

    @Size(max = 500, message = "{practice.bookingUrl.size}")
    private String bookingUrl = "";

    @Size(max = 2000, message = "{practice.embedOrigins.size}")
    private String embedOrigins = "";

    /** Blank typed text is no value. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug == null ? "" : slug.strip(); }
    public String getAccent() { return accent; }
    public void setAccent(String accent) { this.accent = accent == null ? "" : accent.strip(); }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail == null ? "" : contactEmail.strip(); }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getBookingUrl() { return bookingUrl; }
    public void setBookingUrl(String bookingUrl) { this.bookingUrl = bookingUrl == null ? "" : bookingUrl.strip(); }
    public String getEmbedOrigins() { return embedOrigins; }
    public void setEmbedOrigins(String embedOrigins) { this.embedOrigins = embedOrigins; }
}
