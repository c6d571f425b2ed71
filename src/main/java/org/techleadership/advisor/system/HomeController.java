package org.techleadership.advisor.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.PriceSource;

/** The landing page and the side-by-side comparison of the roles. */
@Controller
public class HomeController {

    private final CatalogueService catalogues;
    private final KeptPages kept;

    public HomeController(CatalogueService catalogues, KeptPages kept) {
        this.catalogues = catalogues;
        this.kept = kept;
    }

    @GetMapping("/")
    public ModelAndView home(Model model, HttpServletRequest request) {
        Catalogue catalogue = catalogues.current();
        model.addAttribute("profiles", catalogue.profiles());
        model.addAttribute("questionCount", catalogue.questions().size());
        model.addAttribute("stepCount", catalogue.stepCount());
        if (!kept.applies(request)) {
            return new ModelAndView("home");
        }
        // the same page for every anonymous visitor of one catalogue version, but for the CSRF token
        return new ModelAndView(kept.view("home",
                new KeptPages.Kept(catalogue.version(), Map.of(), Map.of(), i -> false, null, 0)));
    }

    @GetMapping("/roles")
    public String roles(Model model) {
        model.addAttribute("profiles", catalogues.current().profiles());
        return "roles/compare";
    }

    /** Where the cost figures come from: every source of the live catalogue, and the figures citing it. */
    @GetMapping("/sources")
    public String sources(Model model) {
        Catalogue catalogue = catalogues.current();
        model.addAttribute("sources", catalogue.sources().stream()
                .map(s -> new CitedSource(s, catalogue.citing(s.key()))).toList());
        return "roles/sources";
    }

    public record CitedSource(PriceSource source, java.util.List<String> citedBy) {}
}
