package org.techleadership.advisor.questionnaire;

import java.util.Comparator;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.practice.Brand;
import org.techleadership.advisor.practice.Brands;
import org.techleadership.advisor.sharing.LinkOpenings;
import org.techleadership.advisor.system.FrameAncestors;

/**
 * A practice's own questionnaire link, /p/{slug}: a landing page in the practice's brand whose
 * Start begins a questionnaire for the practice's consultant, and a compact variant (?embed) for
 * the practice's own websites to frame. Inside a cross-site frame the browser sends no SameSite=Lax
 * cookie, so neither the CSRF cookie nor the steps could work there: the framed card's Start opens
 * this page in a new tab, top-level, where Start posts as everywhere else.
 */
@Controller
class PublicLinkController {

    private final Brands brands;
    private final AccountService accounts;
    private final QuestionnaireService questionnaires;
    private final LinkOpenings openings;
    private final CatalogueService catalogues;

    PublicLinkController(Brands brands, AccountService accounts, QuestionnaireService questionnaires,
                         LinkOpenings openings, CatalogueService catalogues) {
        this.catalogues = catalogues;
        this.brands = brands;
        this.accounts = accounts;
        this.questionnaires = questionnaires;
        this.openings = openings;
    }

    @GetMapping("/p/{slug}")
    String show(@PathVariable String slug, @AuthenticationPrincipal SignedIn me, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        Brand brand = practice(slug);
        consultant(brand); // a practice nobody works in takes no questionnaires
        if (me == null) {
            openings.opened(slug, LinkOpenings.Kind.PUBLIC); // the practice's own visits do not count
        }
        FrameAncestors.allow(request, response, brand.embedOrigins());
        model.addAttribute("brand", brand);
        model.addAttribute("slug", slug);
        Catalogue catalogue = catalogues.current();
        model.addAttribute("questionCount", catalogue.questions().size());
        model.addAttribute("stepCount", catalogue.stepCount());
        // "?embed", with no value, as the snippet on the settings page has it
        return request.getParameterMap().containsKey("embed") ? "questionnaire/public-embed" : "questionnaire/public";
    }

    @PostMapping("/p/{slug}/start")
    String start(@PathVariable String slug) {
        Brand brand = practice(slug);
        return "redirect:/q/" + questionnaires.startFromPublicLink(slug, consultant(brand)).getToken() + "/1";
    }

    private Brand practice(String slug) {
        Brand brand = brands.ofSlug(slug);
        if (brand.isDefault()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return brand;
    }

    /**
     * Whose leads the link brings: the practice's first consultant by account id, the one who has
     * been in it longest as a rule. A practice shared by several consultants has one such link, so
     * its leads land on one dashboard rather than being split by chance.
     */
    private long consultant(Brand brand) {
        Optional<AppUser> first = accounts.membersOf(brand.practiceId()).stream()
                .filter(u -> u.isEnabled() && u.getRole() == AppUser.Role.CONSULTANT).min(Comparator.comparing(AppUser::getId));
        return first.map(AppUser::getId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
