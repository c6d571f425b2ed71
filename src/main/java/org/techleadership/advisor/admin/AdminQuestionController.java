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
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

/** Edit one question of the catalogue, in the draft. */
@Controller
class AdminQuestionController {

    private static final String VIEW = "admin/catalogue/question";

    private final CatalogueEditor editor;

    AdminQuestionController(CatalogueEditor editor) {
        this.editor = editor;
    }

    @InitBinder("questionForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("prompt", "help", "shortLabel", "label[*]", "hint[*]", "whatIf[*]");
    }

    @GetMapping("/admin/catalogue/questions/{key}")
    String edit(@PathVariable String key, Model model) {
        Question question = question(key);
        model.addAttribute("question", question);
        model.addAttribute("questionForm", QuestionForm.of(question));
        return VIEW;
    }

    @PostMapping("/admin/catalogue/questions/{key}")
    String save(@AuthenticationPrincipal SignedIn me, @PathVariable String key,
                @Valid @ModelAttribute QuestionForm questionForm, BindingResult result, Model model,
                RedirectAttributes flash) {
        Question old = question(key);
        Question edited = questionForm.toQuestion(old);
        if (!result.hasErrors()) {
            editor.saveQuestion(edited, me.getUsername()).forEach(p -> result.reject("catalogue", p));
        }
        if (result.hasErrors()) {
            model.addAttribute("question", old);
            return VIEW;
        }
        flash.addFlashAttribute("saved", "Saved in the draft: edited the question " + key + ". Nothing is live until you publish.");
        return "redirect:/admin/catalogue";
    }

    private Question question(String key) {
        return Optional.ofNullable(editor.workingCopy().question(key))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
