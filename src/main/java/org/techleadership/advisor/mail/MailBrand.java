package org.techleadership.advisor.mail;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Whose mail it is, as the layout shows it: a name, an accent colour, a logo and a contact line.
 * The colour and logo go into style and src attributes, so they are checked here, not trusted.
 *
 * @param accent  a colour as #rrggbb
 * @param logoUrl an absolute http(s) address of an image, or null for none
 * @param contact a line such as an address or a phone number, or null
 */
public record MailBrand(String name, String accent, String logoUrl, String contact) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** The product's own: what a consultant without a brand of their own sends. */
    public static MailBrand standard() {
        return new MailBrand("Tech Leader Advisor", "#0b5d63", null, null);
    }

    public MailBrand {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A brand needs a name");
        }
        if (accent == null || !COLOUR.matcher(accent).matches()) {
            throw new IllegalArgumentException("A brand's accent is a colour as #rrggbb, not " + accent);
        }
        if (logoUrl != null && !isAbsoluteWebAddress(logoUrl)) {
            throw new IllegalArgumentException("A brand's logo is an absolute http(s) address, not " + logoUrl);
        }
    }

    private static boolean isAbsoluteWebAddress(String address) {
        try {
            URI uri = new URI(address);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
