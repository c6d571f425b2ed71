package org.techleadership.advisor.practice;

import java.util.List;

/**
 * What a consultant's clients see of the consultant's practice on every page: name, logo, accent
 * colour and how to get in touch. {@link #NONE} is the product's own look (a questionnaire without a
 * consultant, or a consultant without a practice).
 *
 * @param consultantId   whose brand it is (null for NONE)
 * @param practiceId     the practice (null for NONE)
 * @param version        the practice's version: the logo's URL and {@link #stamp()} change with it
 * @param accent         #rrggbb: the practice's or the product's
 * @param logoUrl        the logo's relative, versioned URL, or null without one
 * @param embedOrigins   the https origins that may frame the practice's questionnaire
 * @param prices         the practice's own prices, which replace the published ranges of those roles
 */
public record Brand(Long consultantId, Long practiceId, long version, String practiceName, String consultantName,
                    String accent, String logoUrl, Integer logoWidth, Integer logoHeight, String contactEmail,
                    String contactPhone, String bookingUrl, String slug, List<String> embedOrigins,
                    List<PracticePrice> prices) {

    public Brand {
        prices = prices == null ? List.of() : List.copyOf(prices);
    }

    /** A brand without prices of its own. */
    public Brand(Long consultantId, Long practiceId, long version, String practiceName, String consultantName,
                 String accent, String logoUrl, Integer logoWidth, Integer logoHeight, String contactEmail,
                 String contactPhone, String bookingUrl, String slug, List<String> embedOrigins) {
        this(consultantId, practiceId, version, practiceName, consultantName, accent, logoUrl, logoWidth, logoHeight,
                contactEmail, contactPhone, bookingUrl, slug, embedOrigins, List.of());
    }

    /** The practice's own price for this role, or null: then the published ranges apply. */
    public PracticePrice priceFor(String profileCode) {
        return prices.stream().filter(p -> p.profileCode().equals(profileCode)).findFirst().orElse(null);
    }

    /** The product's own accent (static/css/app.css, --accent). */
    public static final String DEFAULT_ACCENT = "#0b5d63";

    public static final Brand NONE = new Brand(null, null, 0, null, null, DEFAULT_ACCENT, null, null, null, null,
            null, null, null, List.of());

    public boolean isDefault() {
        return practiceId == null;
    }

    /** What a page rendered with this brand depends on: "" for none, else practice and version. */
    public String stamp() {
        return isDefault() ? "" : practiceId + ":" + version;
    }

    /** The stylesheet that sets the accent, or null when the product's own applies. */
    public String accentStylesheet() {
        return isDefault() || DEFAULT_ACCENT.equals(accent) ? null : "/brand/accent/" + accent.substring(1) + ".css";
    }

    /** Whether the practice gave a way to reach it: then pages end with "Book a call with …". */
    public boolean hasCallToAction() {
        return !isDefault() && (bookingUrl != null || contactEmail != null || contactPhone != null);
    }

    /** Who the call is with: the consultant, or the practice when the consultant has no name. */
    public String callWith() {
        return consultantName != null && !consultantName.isBlank() ? consultantName : practiceName;
    }
}
