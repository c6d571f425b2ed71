package org.techleadership.advisor.consultant;

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
import org.techleadership.advisor.mail.OutgoingMail;
import org.techleadership.advisor.questionnaire.LeadForm;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.QuestionnaireService;
import org.techleadership.advisor.questionnaire.ResultPage;

/**
 * The follow-up card at the end of a questionnaire from a practice's own link: the person's name,
 * company and e-mail, with their consent, become a client record (a lead) on the consultant's
 * dashboard. Here, not in the questionnaire module, because client records are the consultant's.
 */
@Controller
class LeadController {

    private final QuestionnaireService questionnaires;
    private final ClientRecords clients;
    private final ResultPage page;
    private final ClientMail mail;

    LeadController(QuestionnaireService questionnaires, ClientRecords clients, ResultPage page, ClientMail mail) {
        this.mail = mail;
        this.questionnaires = questionnaires;
        this.clients = clients;
        this.page = page;
    }

    @InitBinder("leadForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("name", "company", "email", "consent");
    }

    @PostMapping("/q/{token}/details")
    String details(@PathVariable String token, @Valid @ModelAttribute("leadForm") LeadForm form, BindingResult result,
                   Model model) {
        QuestionnaireDraft draft = questionnaires.find(token).filter(d -> d.getPublicLink() != null && !d.isCancelled())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!draft.awaitsLead() || draft.getAssessmentToken() == null) {
            return "redirect:/q/" + token + "/result"; // already left (a second press, an old tab), or not finished
        }
        if (!result.hasFieldErrors("email") && !OutgoingMail.isDeliverable(form.getEmail().strip())) {
            result.rejectValue("email", "leadForm.email.invalid");
        }
        if (result.hasErrors()) {
            return page.show(draft, model);
        }
        form.setEmail(form.getEmail().strip());
        clients.leadFrom(token, form).ifPresent(mail::leadArrived); // the consultant's notice, if they get notices
        return "redirect:/q/" + token + "/result#follow-up";
    }
}
