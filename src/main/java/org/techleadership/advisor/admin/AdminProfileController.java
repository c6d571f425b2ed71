package org.techleadership.advisor.admin;

import java.util.Optional;

import jakarta.validation.Valid;
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
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

/** Edit one role of the catalogue, in the draft. */
@Controller
class AdminProfileController {

    private static final String VIEW = "admin/catalogue/profile";

    private final CatalogueEditor editor;

    AdminProfileController(CatalogueEditor editor) {
        this.editor = editor;
    }

    @InitBinder("profileForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "shortName", "summary", "focus", "measuredOn", "engagement",
                "timeCommitment", "chooseIf", "responsibilities", "kpis", "nextSteps");
    }

    @GetMapping("/admin/catalogue/profiles/{code}")
    String edit(@PathVariable String code, Model model) {
        RoleProfile profile = profile(code);
        model.addAttribute("profile", profile);
        model.addAttribute("profileForm", ProfileForm.of(profile));
        return VIEW;
    }

    @PostMapping("/admin/catalogue/profiles/{code}")
    String save(@AuthenticationPrincipal SignedIn me, @PathVariable String code,
                @Valid @ModelAttribute ProfileForm profileForm, BindingResult result, Model model,
                RedirectAttributes flash) {
        RoleProfile old = profile(code);
        RoleProfile edited = profileForm.toProfile(old, result);
        if (old.brief() != null) { // the brief's first targets follow the KPIs renamed or removed here
            edited = edited.withBrief(old.brief().followingKpis(old.kpis(), edited.kpis()));
        }
        if (!result.hasErrors()) {
            editor.saveProfile(edited, me.getUsername()).forEach(p -> result.reject("catalogue", p));
        }
        if (result.hasErrors()) {
            model.addAttribute("profile", old);
            return VIEW;
        }
        flash.addFlashAttribute("saved", "Saved in the draft: edited the role " + code + ". Nothing is live until you publish.");
        return "redirect:/admin/catalogue";
    }

    private RoleProfile profile(String code) {
        return Optional.ofNullable(editor.workingCopy().profile(code))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
