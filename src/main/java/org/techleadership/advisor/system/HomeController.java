package org.techleadership.advisor.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.CatalogueService;

/** The landing page and the side-by-side comparison of the roles. */
@Controller
public class HomeController {

    private final CatalogueService catalogues;

    public HomeController(CatalogueService catalogues) {
        this.catalogues = catalogues;
    }

    @GetMapping("/")
    public String home(Model model) {
        Catalogue catalogue = catalogues.current();
        model.addAttribute("profiles", catalogue.profiles());
        model.addAttribute("questionCount", catalogue.questions().size());
        model.addAttribute("stepCount", catalogue.stepCount());
        return "home";
    }

    @GetMapping("/roles")
    public String roles(Model model) {
        model.addAttribute("profiles", catalogues.current().profiles());
        return "roles/compare";
    }
}
