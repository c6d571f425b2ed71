package org.techleadership.advisor.admin;

import java.util.List;
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
import org.techleadership.advisor.catalogue.editing.HiringBriefCheck;

/** Edit one role's hiring brief, in the draft: published with it, like the role's other texts. */
@Controller
class AdminBriefController {

    private static final String VIEW = "admin/catalogue/brief";
    /** More rows than any role has KPIs: a form posting more is not one this page made. */
    private static final int MAX_TARGETS = 20;

    private final CatalogueEditor editor;

    AdminBriefController(CatalogueEditor editor) {
        this.editor = editor;
    }

    @InitBinder("briefForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("reportingLine", "kpis*", "targets*", "questions", "redFlags", "first90Days");
        binder.setAutoGrowCollectionLimit(MAX_TARGETS);
    }

    @GetMapping("/admin/catalogue/profiles/{code}/brief")
    String edit(@PathVariable String code, Model model) {
        RoleProfile role = role(code);
        model.addAttribute("profile", role);
        model.addAttribute("briefForm", BriefForm.of(role));
        return VIEW;
    }

    @PostMapping("/admin/catalogue/profiles/{code}/brief")
    String save(@AuthenticationPrincipal SignedIn me, @PathVariable String code,
                @Valid @ModelAttribute BriefForm briefForm, BindingResult result, Model model, RedirectAttributes flash) {
        RoleProfile role = role(code);
        RoleProfile edited = role.withBrief(briefForm.toBrief());
        if (!result.hasErrors()) {
            List<HiringBriefCheck.Problem> problems = HiringBriefCheck.problems(edited);
            problems.forEach(p -> result.rejectValue(p.field(), "cat.brief.problem", p.message()));
            if (problems.isEmpty()) {
                editor.saveBrief(code, edited.brief(), me.getUsername()).forEach(p -> result.reject("catalogue", p));
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("profile", role);
            return VIEW;
        }
        flash.addFlashAttribute("saved", "Saved in the draft: edited the hiring brief of " + code
                + ". Nothing is live until you publish.");
        return "redirect:/admin/catalogue";
    }

    private RoleProfile role(String code) {
        return Optional.ofNullable(editor.workingCopy().profile(code))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
