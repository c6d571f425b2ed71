package org.techleadership.advisor.practice;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A brand's public assets: the logo (by practice; its URL carries the version, so it is kept a
 * year) and the accent's stylesheet (the colour is in its name). The stylesheet is a file because
 * the Content-Security-Policy allows styles from this site only, never inline ones.
 */
@Controller
class BrandController {

    private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final Brands brands;

    BrandController(Brands brands) {
        this.brands = brands;
    }

    @GetMapping("/brand/{practiceId:\\d{1,18}}/logo.png")
    ResponseEntity<byte[]> logo(@PathVariable long practiceId) {
        return brands.logoPng(practiceId)
                .map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(A_YEAR)
                        .header("X-Content-Type-Options", "nosniff").body(png))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** --accent and the two shades app.css derives from it (hover, tint). */
    @GetMapping("/brand/accent/{hex:[0-9a-f]{6}}.css")
    ResponseEntity<String> accent(@PathVariable String hex) {
        String accent = "#" + hex;
        String css = ":root{--accent:" + accent + ";--accent-dark:" + AccentContrast.mix(accent, "#000000", 0.25)
                + ";--accent-tint:" + AccentContrast.mix(accent, "#ffffff", 0.9) + "}\n";
        return ResponseEntity.ok().contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(A_YEAR).body(css);
    }
}
