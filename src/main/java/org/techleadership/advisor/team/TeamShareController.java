package org.techleadership.advisor.team;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.techleadership.advisor.practice.Brands;
import org.techleadership.advisor.sharing.PdfBranding;
import org.techleadership.advisor.sharing.PdfRenderer;

/**
 * The team's result behind its share link, read-only: no member links, no organiser's controls.
 * Once the round is closed it is the frozen result, whatever the catalogue says later.
 */
@Controller
class TeamShareController {

    static final String PDF_TEMPLATE = "team/pdf";

    private final TeamAssessments teams;
    private final TeamLinks links;
    private final Brands brands;
    private final PdfRenderer renderer;

    TeamShareController(TeamAssessments teams, TeamLinks links, Brands brands, PdfRenderer renderer) {
        this.teams = teams;
        this.links = links;
        this.brands = brands;
        this.renderer = renderer;
    }

    @GetMapping("/t/{shareToken}")
    String show(@PathVariable String shareToken, Model model) {
        TeamAssessment team = links.shared(shareToken);
        fill(model.asMap(), team);
        model.addAttribute("result", teams.result(team).orElse(null));
        model.addAttribute("brand", brands.ofConsultant(team.getConsultantId()));
        return "team/share";
    }

    // "/t/{shareToken}" never sees these requests: Spring MVC prefers the pattern with the literal suffix
    @GetMapping("/t/{shareToken}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String shareToken) {
        TeamAssessment team = links.shared(shareToken);
        TeamResult result = teams.result(team).orElseThrow(TeamLinks::notFound);
        Map<String, Object> model = new HashMap<>();
        fill(model, team);
        model.put("result", result);
        PdfBranding.fill(model, brands.ofConsultant(team.getConsultantId()), brands);
        byte[] pdf = renderer.pdf(PDF_TEMPLATE, model, LocaleContextHolder.getLocale(), (String) model.get("shareUrl"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(pdf.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName(team.getName()))
                        .build().toString())
                .body(pdf);
    }

    private static void fill(Map<String, Object> model, TeamAssessment team) {
        model.put("team", team);
        model.put("shareUrl", TeamLinks.shareUrl(team));
        model.put("closedOn", TeamLinks.date(team.getClosedAt()));
        model.put("today", TeamLinks.date(Instant.now()));
    }

    /** "team-Harbour-Bakery.pdf": only letters, digits and dashes. */
    static String fileName(String teamName) {
        String safe = teamName == null ? "" : teamName.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "team-recommendation.pdf" : "team-" + safe + ".pdf";
    }
}
