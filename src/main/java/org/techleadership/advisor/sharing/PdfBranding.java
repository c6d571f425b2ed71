package org.techleadership.advisor.sharing;

import java.util.Locale;
import java.util.Map;

import org.techleadership.advisor.practice.Brand;
import org.techleadership.advisor.practice.Brands;

/** A PDF's brand: the brand, and its logo embedded (the PDF fetches nothing) at most 60 × 14 mm. */
public final class PdfBranding {

    private PdfBranding() {
    }

    public static void fill(Map<String, Object> model, Brand brand, Brands brands) {
        model.put("brand", brand);
        String logo = brands.logoDataUri(brand);
        model.put("logoDataUri", logo);
        if (logo != null) {
            double scale = Math.min(60.0 / brand.logoWidth(), 14.0 / brand.logoHeight());
            model.put("logoWidthMm", String.format(Locale.ROOT, "%.1f", brand.logoWidth() * scale));
            model.put("logoHeightMm", String.format(Locale.ROOT, "%.1f", brand.logoHeight() * scale));
        }
    }
}
