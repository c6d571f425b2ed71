package org.techleadership.advisor.sharing;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The shared recommendation as a PDF, from the same stored view and the same model as the share
 * page. The PDF is typeset on the server, so it looks the same whatever the reader's browser.
 */
@Controller
public class SharePdfController {

    static final String TEMPLATE = "sharing/pdf";

    private final AssessmentService assessments;
    private final PdfRenderer renderer;

    public SharePdfController(AssessmentService assessments, PdfRenderer renderer) {
        this.assessments = assessments;
        this.renderer = renderer;
    }

    // "/r/{token}" never sees these requests: Spring MVC 7 prefers the pattern with the literal suffix
    @GetMapping("/r/{token}.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String token) {
        StoredAssessment stored = assessments.find(token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (stored.assessment().isRevoked()) {
            // the same answer as the share page: a withdrawn link shows nothing, in any format
            throw new ResponseStatusException(HttpStatus.GONE);
        }
        ExtendedModelMap model = new ExtendedModelMap();
        RecommendationPage.fill(model, stored);
        Locale locale = LocaleContextHolder.getLocale();
        byte[] pdf = renderer.pdf(TEMPLATE, model, locale, (String) model.getAttribute("shareUrl"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(pdf.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName(stored.view().primaryProfile().shortName()))
                        .build().toString())
                .body(pdf);
    }

    /** "recommendation-vCIO.pdf", "recommendation-Fractional-CTO.pdf": only letters, digits and dashes. */
    static String fileName(String shortName) {
        String safe = shortName == null ? "" : shortName.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "recommendation.pdf" : "recommendation-" + safe + ".pdf";
    }
}
