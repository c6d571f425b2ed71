package org.techleadership.advisor.admin;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

/**
 * The draft's impact (stored answers replayed with its rules) and publishing it as the next version:
 * only with a note, and only with a confirmation when past recommendations would come out differently.
 */
@Controller
@RequestMapping("/admin/catalogue")
class AdminPublishController {

    private static final String VIEW = "admin/catalogue/impact";

    private final CatalogueEditor editor;
    private final CatalogueImpact impacts;
    private final AccountService accounts;

    AdminPublishController(CatalogueEditor editor, CatalogueImpact impacts, AccountService accounts) {
        this.editor = editor;
        this.impacts = impacts;
        this.accounts = accounts;
    }

    @InitBinder("publishForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("note", "confirm");
    }

    @GetMapping("/impact")
    String impact(@RequestParam(required = false) Long consultant, Model model) {
        model.addAttribute("publishForm", new PublishForm());
        return page(model, consultant, impacts.of(editor.workingCopy(), consultant));
    }

    @PostMapping("/publish")
    String publish(@AuthenticationPrincipal SignedIn me, @Valid @ModelAttribute PublishForm publishForm,
                   BindingResult result, Model model, RedirectAttributes flash) {
        CatalogueImpact.Impact impact = impacts.of(editor.workingCopy(), null);
        if (editor.draft().isEmpty()) {
            // nothing to publish, and no note field on the page: that is the only thing to say
            BindingResult nothing = new BeanPropertyBindingResult(publishForm, "publishForm");
            nothing.reject("cat.impact.noDraftToPublish");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "publishForm", nothing);
            return page(model, null, impact);
        }
        if (impact.changed() > 0 && !publishForm.isConfirm()) {
            result.rejectValue("confirm", "cat.impact.confirm.required", new Object[] {impact.changed()}, null);
        }
        if (!result.hasErrors()) {
            try {
                int version = editor.publish(me.getUsername(), publishForm.getNote().strip())
                        .orElseThrow(() -> new IllegalStateException("There is no draft to publish."));
                flash.addFlashAttribute("saved", "Version " + version + " is live. New assessments use it now; "
                        + "every earlier recommendation still shows what it showed.");
                return "redirect:/admin/catalogue";
            } catch (IllegalStateException e) {
                result.reject("catalogue", e.getMessage());
            }
        }
        return page(model, null, impact);
    }

    private String page(Model model, Long consultant, CatalogueImpact.Impact impact) {
        model.addAttribute("impact", impact);
        model.addAttribute("hasDraft", editor.draft().isPresent());
        model.addAttribute("consultant", consultant);
        model.addAttribute("consultants", accounts.all().stream().filter(u -> u.getRole() == AppUser.Role.CONSULTANT
                || u.getRole() == AppUser.Role.ADMIN).toList());
        return VIEW;
    }
}
