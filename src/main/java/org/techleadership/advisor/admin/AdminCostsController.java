package org.techleadership.advisor.admin;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.CostRange;
import org.techleadership.advisor.catalogue.PriceSource;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

/** Edit one role's published cost ranges, and the list of their sources, in the draft. */
@Controller
class AdminCostsController {

    private static final String COSTS = "admin/catalogue/costs";
    private static final String SOURCES = "admin/catalogue/sources";

    private final CatalogueEditor editor;

    AdminCostsController(CatalogueEditor editor) {
        this.editor = editor;
    }

    @InitBinder("costsForm")
    void costFields(WebDataBinder binder) {
        binder.setAllowedFields("costs[*].*");
        binder.setAutoGrowCollectionLimit(20);
    }

    @InitBinder("sourcesForm")
    void sourceFields(WebDataBinder binder) {
        binder.setAllowedFields("sources[*].*");
        binder.setAutoGrowCollectionLimit(200);
    }

    @GetMapping("/admin/catalogue/profiles/{code}/costs")
    String costs(@PathVariable String code, Model model) {
        RoleProfile profile = profile(code);
        model.addAttribute("costsForm", CostsForm.of(profile.costs()));
        return costsPage(profile, model);
    }

    @PostMapping("/admin/catalogue/profiles/{code}/costs")
    String saveCosts(@AuthenticationPrincipal SignedIn me, @PathVariable String code,
                     @ModelAttribute CostsForm costsForm, BindingResult result, Model model, RedirectAttributes flash) {
        RoleProfile profile = profile(code);
        List<CostRange> ranges = costsForm.toRanges(sourceKeys(editor.workingCopy()), result);
        if (!result.hasErrors()) {
            editor.saveCosts(code, ranges, me.getUsername()).forEach(p -> result.reject("catalogue", p));
        }
        if (result.hasErrors()) {
            return costsPage(profile, model);
        }
        flash.addFlashAttribute("saved", "Saved in the draft: edited the cost ranges of " + code
                + ". Nothing is live until you publish.");
        return "redirect:/admin/catalogue";
    }

    @GetMapping("/admin/catalogue/sources")
    String sources(Model model) {
        model.addAttribute("sourcesForm", SourcesForm.of(editor.workingCopy().sources()));
        return SOURCES;
    }

    @PostMapping("/admin/catalogue/sources")
    String saveSources(@AuthenticationPrincipal SignedIn me, @ModelAttribute SourcesForm sourcesForm,
                       BindingResult result, RedirectAttributes flash) {
        List<PriceSource> sources = sourcesForm.toSources(result);
        if (!result.hasErrors()) {
            // a source still cited by a range cannot go: CatalogueCheck names the range
            editor.saveSources(sources, me.getUsername()).forEach(p -> result.reject("catalogue", p));
        }
        if (result.hasErrors()) {
            return SOURCES;
        }
        flash.addFlashAttribute("saved", "Saved in the draft: edited the cost sources. Nothing is live until you publish.");
        return "redirect:/admin/catalogue";
    }

    private String costsPage(RoleProfile profile, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("sourceKeys", editor.workingCopy().sources().stream().map(PriceSource::key).toList());
        return COSTS;
    }

    private static Set<String> sourceKeys(CatalogueDocument doc) {
        return doc.sources().stream().map(PriceSource::key).collect(Collectors.toSet());
    }

    private RoleProfile profile(String code) {
        return Optional.ofNullable(editor.workingCopy().profile(code))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
