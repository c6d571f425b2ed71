package org.techleadership.advisor.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.ScoringRule;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

/** Edit the scoring rules of one question, as a grid of answer options by roles, in the draft. */
@Controller
@RequestMapping("/admin/catalogue/rules")
class AdminRulesController {

    private static final String VIEW = "admin/catalogue/rules";

    private final CatalogueEditor editor;

    AdminRulesController(CatalogueEditor editor) {
        this.editor = editor;
    }

    @InitBinder("rulesForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("weight[*]", "excludes[*]", "reason[*]");
    }

    @GetMapping
    String edit(@RequestParam(defaultValue = "focus") String question, Model model) {
        CatalogueDocument working = editor.workingCopy();
        Question q = question(working, question);
        model.addAttribute("rulesForm", RulesForm.of(q, working.profiles(), working.rules()));
        return page(model, working, q);
    }

    @PostMapping
    String save(@AuthenticationPrincipal SignedIn me, @RequestParam String question,
                @ModelAttribute RulesForm rulesForm, BindingResult result, Model model, RedirectAttributes flash) {
        CatalogueDocument working = editor.workingCopy();
        Question q = question(working, question);
        List<ScoringRule> rules = rulesForm.toRules(q, working.profiles(), result);
        if (!result.hasErrors()) {
            editor.saveRules(question, rules, me.getUsername()).forEach(p -> result.reject("catalogue", p));
        }
        if (result.hasErrors()) {
            return page(model, working, q);
        }
        flash.addFlashAttribute("saved", "Saved in the draft: edited the rules of " + question
                + ". Nothing is live until you publish.");
        return "redirect:/admin/catalogue";
    }

    private static String page(Model model, CatalogueDocument working, Question question) {
        model.addAttribute("question", question);
        model.addAttribute("questions", working.questions());
        model.addAttribute("profiles", working.profiles());
        return VIEW;
    }

    private static Question question(CatalogueDocument working, String key) {
        return Optional.ofNullable(working.question(key))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
