package org.techleadership.advisor.questionnaire;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.techleadership.advisor.mail.OutgoingMail;

/** "E-mail me my result link" on the result page of a questionnaire from a practice's own link. */
@Controller
class ResultMailController {

    private final QuestionnaireService questionnaires;
    private final ResultLinkMail mail;
    private final ResultPage page;

    ResultMailController(QuestionnaireService questionnaires, ResultLinkMail mail, ResultPage page) {
        this.questionnaires = questionnaires;
        this.mail = mail;
        this.page = page;
    }

    @InitBinder("resultMail")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("recipient");
    }

    @PostMapping("/q/{token}/email")
    String send(@PathVariable String token, @Valid @ModelAttribute("resultMail") ResultMailForm form,
                BindingResult result, Model model, RedirectAttributes flash) {
        QuestionnaireDraft draft = questionnaires.find(token)
                .filter(d -> d.getPublicLink() != null && d.getAssessmentToken() != null && !d.isCancelled())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!mail.available()) {
            result.reject("resultMail.unavailable");
        }
        String recipient = form.getRecipient() == null ? "" : form.getRecipient().strip();
        if (!result.hasFieldErrors("recipient") && !OutgoingMail.isDeliverable(recipient)) {
            result.rejectValue("recipient", "resultMail.recipient.invalid");
        }
        if (!result.hasErrors() && !mail.mayStillSend(draft)) {
            result.reject("resultMail.tooMany", new Object[] {ResultLinkMail.MAX_PER_DRAFT}, null);
        }
        if (result.hasErrors()) {
            return page.show(draft, model);
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        mail.send(draft, recipient, base + "/q/" + token + "/result", base + "/r/" + draft.getAssessmentToken());
        flash.addFlashAttribute("resultMailSent", true);
        return "redirect:/q/" + token + "/result#result-mail-title";
    }
}
