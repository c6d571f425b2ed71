package org.techleadership.advisor.practice.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A consultant's practice (or several consultants'): the name, logo, accent colour and contact
 * details their clients' pages carry. Its {@code version} is the one "changed" stamp: the logo's
 * URL, the brand cache and the share-page cache all go by it.
 */
@Entity
@Table(name = "practice")
public class Practice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String slug;
    private byte[] logoPng;
    private Integer logoWidth;
    private Integer logoHeight;
    private String accent;
    private String contactEmail;
    private String contactPhone;
    private String bookingUrl;
    private String embedOrigins;
    private Instant updatedAt;
    @Version
    private long version;

    protected Practice() {
    }

    public Practice(String name, String slug, Instant now) {
        this.name = name;
        this.slug = slug;
        this.updatedAt = now;
    }

    /** Everything but the logo, as the settings form gives it (blank: none). */
    public void describe(String name, String slug, String accent, String contactEmail, String contactPhone,
                         String bookingUrl, String embedOrigins, Instant now) {
        this.name = name;
        this.slug = slug;
        this.accent = accent;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.bookingUrl = bookingUrl;
        this.embedOrigins = embedOrigins;
        this.updatedAt = now;
    }

    /** A logo already re-encoded as PNG (practice.LogoImage). */
    public void showLogo(byte[] png, int width, int height, Instant now) {
        this.logoPng = png;
        this.logoWidth = width;
        this.logoHeight = height;
        this.updatedAt = now;
    }

    /** Its prices changed (held in practice_price): a new version, so its clients' pages show them. */
    public void repriced(Instant now) {
        this.updatedAt = now;
    }

    public void removeLogo(Instant now) {
        this.logoPng = null;
        this.logoWidth = null;
        this.logoHeight = null;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public boolean hasLogo() { return logoPng != null; }
    public Integer getLogoWidth() { return logoWidth; }
    public Integer getLogoHeight() { return logoHeight; }
    public String getAccent() { return accent; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public String getBookingUrl() { return bookingUrl; }
    public String getEmbedOrigins() { return embedOrigins; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
