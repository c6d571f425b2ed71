package org.techleadership.advisor.sharing;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.techleadership.advisor.assessment.AssessmentNotFoundException;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.practice.Brands;

/**
 * The hiring brief behind a share link, as a page that prints well and as its own one-page PDF. It
 * is read through findShared like the share page, so a withdrawn, held or deleted link gives no
 * brief either; a link stored without a brief (made before briefs were kept) answers 404.
 */
@Controller
public class BriefController {

    static final String PDF_TEMPLATE = "sharing/brief-pdf";

    private final AssessmentService assessments;
    private final PdfRenderer renderer;
    private final Brands brands;

    public BriefController(AssessmentService assessments, PdfRenderer renderer, Brands brands) {
        this.assessments = assessments;
        this.renderer = renderer;
        this.brands = brands;
    }

    @GetMapping("/r/{token}/brief")
    public String page(@PathVariable String token, Model model) {
        AssessmentResult stored = assessments.findShared(token);
        BriefSheet sheet = sheet(stored);
        RecommendationModel.fill(model, stored);
        model.addAttribute("sheet", sheet);
        model.addAttribute("brand", brands.ofConsultant(stored.assessment().getConsultantId()));
        return "sharing/brief";
    }

    @GetMapping("/r/{token}/brief.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String token) {
        AssessmentResult stored = assessments.findShared(token);
        BriefSheet sheet = sheet(stored);
        ExtendedModelMap model = new ExtendedModelMap();
        RecommendationModel.fill(model, stored);
        model.addAttribute("sheet", sheet);
        PdfBranding.fill(model, brands.ofConsultant(stored.assessment().getConsultantId()), brands);
        Locale locale = LocaleContextHolder.getLocale();
        byte[] pdf = renderer.pdf(PDF_TEMPLATE, model, locale, (String) model.getAttribute("shareUrl"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(pdf.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName(sheet.role().shortName())).build().toString())
                .body(pdf);
    }

    private static BriefSheet sheet(AssessmentResult stored) {
        BriefSheet sheet = BriefSheet.of(stored);
        if (sheet == null) {
            throw new AssessmentNotFoundException();
        }
        return sheet;
    }

    /** "hiring-brief-Fractional-CTO.pdf": only letters, digits and dashes. */
    static String fileName(String shortName) {
        String safe = shortName == null ? "" : shortName.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "hiring-brief.pdf" : "hiring-brief-" + safe + ".pdf";
    }
}
