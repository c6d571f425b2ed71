package org.techleadership.advisor.sharing;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.assessment.PeerFigures;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.practice.Brands;

/**
 * The shared recommendation as a PDF, from the same stored view and the same model as the share
 * page. The PDF is typeset on the server, so it looks the same whatever the reader's browser.
 */
@Controller
public class SharePdfController {

    static final String TEMPLATE = "sharing/pdf";

    private final AssessmentService assessments;
    private final PdfRenderer renderer;
    private final LinkOpenings openings;
    private final Brands brands;
    private final PeerFigures peers;
    private final CatalogueService catalogues;

    public SharePdfController(AssessmentService assessments, PdfRenderer renderer, LinkOpenings openings,
                              Brands brands, PeerFigures peers, CatalogueService catalogues) {
        this.peers = peers;
        this.catalogues = catalogues;
        this.assessments = assessments;
        this.renderer = renderer;
        this.openings = openings;
        this.brands = brands;
    }

    // "/r/{token}" never sees these requests: Spring MVC 7 prefers the pattern with the literal suffix
    @GetMapping("/r/{token}.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String token, @AuthenticationPrincipal SignedIn me) {
        AssessmentResult stored = assessments.findShared(token);
        if (me == null) {
            openings.opened(token, LinkOpenings.Kind.PDF);
        }
        ExtendedModelMap model = new ExtendedModelMap();
        RecommendationModel.fill(model, stored, peers);
        PdfBranding.fill(model, brands.ofConsultant(stored.assessment().getConsultantId()), brands);
        model.addAttribute("costSources", catalogues.current().sourcesByKey()); // print lists their addresses
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
