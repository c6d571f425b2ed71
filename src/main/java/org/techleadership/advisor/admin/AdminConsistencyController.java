package org.techleadership.advisor.admin;

import java.util.Objects;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.ConsistencyRule;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

/** The draft's consistency rules (answers that rarely go together): list, add, edit, delete. */
@Controller
@RequestMapping("/admin/catalogue/consistency")
class AdminConsistencyController {

    private static final String LIST = "admin/catalogue/consistency";
    private static final String FORM = "admin/catalogue/consistency-rule";

    private final CatalogueEditor editor;

    AdminConsistencyController(CatalogueEditor editor) {
        this.editor = editor;
    }

    @InitBinder("consistencyForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("key", "message", "answer[*]");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("working", editor.workingCopy());
        return LIST;
    }

    @GetMapping("/new")
    String add(Model model) {
        model.addAttribute("consistencyForm", ConsistencyForm.empty());
        return form(model, editor.workingCopy(), null);
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal SignedIn me, @ModelAttribute ConsistencyForm consistencyForm,
                  BindingResult result, Model model, RedirectAttributes flash) {
        CatalogueDocument working = editor.workingCopy();
        boolean taken = working.consistency().stream().anyMatch(r -> Objects.equals(r.key(), strip(consistencyForm.getKey())));
        return save(me, null, consistencyForm, working, taken, result, model, flash);
    }

    @GetMapping("/{key}")
    String edit(@PathVariable String key, Model model) {
        CatalogueDocument working = editor.workingCopy();
        model.addAttribute("consistencyForm", ConsistencyForm.of(rule(working, key)));
        return form(model, working, key);
    }

    @PostMapping("/{key}")
    String update(@AuthenticationPrincipal SignedIn me, @PathVariable String key,
                  @ModelAttribute ConsistencyForm consistencyForm, BindingResult result, Model model,
                  RedirectAttributes flash) {
        CatalogueDocument working = editor.workingCopy();
        rule(working, key);
        consistencyForm.setKey(key); // keys cannot change once saved
        return save(me, key, consistencyForm, working, false, result, model, flash);
    }

    @PostMapping("/{key}/delete")
    String delete(@AuthenticationPrincipal SignedIn me, @PathVariable String key, RedirectAttributes flash) {
        if (!editor.deleteConsistencyRule(key, me.getUsername())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        flash.addFlashAttribute("saved", "Saved in the draft: deleted the consistency rule " + key
                + ". Nothing is live until you publish.");
        return "redirect:/admin/catalogue/consistency";
    }

    private String save(SignedIn me, String key, ConsistencyForm consistencyForm, CatalogueDocument working,
                        boolean keyTaken, BindingResult result, Model model, RedirectAttributes flash) {
        consistencyForm.rows(working.questions().size());
        ConsistencyRule rule = consistencyForm.toRule(working, keyTaken, result);
        if (!result.hasErrors()) {
            editor.saveConsistencyRule(key, rule, me.getUsername()).forEach(p -> result.reject("catalogue", p));
        }
        if (result.hasErrors()) {
            return form(model, working, key);
        }
        flash.addFlashAttribute("saved", "Saved in the draft: " + (key == null ? "added" : "edited")
                + " the consistency rule " + rule.key() + ". Nothing is live until you publish.");
        return "redirect:/admin/catalogue/consistency";
    }

    private static String form(Model model, CatalogueDocument working, String key) {
        model.addAttribute("questions", working.questions());
        model.addAttribute("ruleKey", key);
        return FORM;
    }

    private static ConsistencyRule rule(CatalogueDocument working, String key) {
        return working.consistency().stream().filter(r -> Objects.equals(r.key(), key)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
