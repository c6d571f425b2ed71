package org.techleadership.advisor.questionnaire;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.assessment.PeerFigures;
import org.techleadership.advisor.assessment.RecommendationHeldException;
import org.techleadership.advisor.mail.Outbox;
import org.techleadership.advisor.practice.Brand;
import org.techleadership.advisor.practice.Brands;
import org.techleadership.advisor.sharing.RecommendationModel;

/**
 * The private result page, /q/{token}/result: the controller here shows it, and so do the forms
 * posted from it elsewhere (the consultant module takes a lead's details) when they need it again
 * with their errors. A questionnaire from a practice's own link gets, until the person leaves their
 * details, the follow-up card ({@code leadFormFor}: the brand it names) with a {@link LeadForm},
 * and the "e-mail me my result link" form when this installation sends e-mail.
 */
@Component
public class ResultPage {

    public static final String VIEW = "recommendation/result";

    private final AssessmentService assessments;
    private final Brands brands;
    private final Outbox outbox;
    private final PeerFigures peers;

    ResultPage(AssessmentService assessments, Brands brands, Outbox outbox, PeerFigures peers) {
        this.peers = peers;
        this.assessments = assessments;
        this.brands = brands;
        this.outbox = outbox;
    }

    public String show(QuestionnaireDraft draft, Model model) {
        String token = draft.getToken();
        if (draft.getAssessmentToken() == null) {
            return "redirect:/q/" + token + "/" + draft.getCurrentStep();
        }
        Brand brand = brands.ofConsultant(draft.getConsultantId());
        model.addAttribute("token", token);
        model.addAttribute("answeringAgain", draft.isAnsweringAgain());
        model.addAttribute("currentStep", draft.getCurrentStep());
        model.addAttribute("invited", draft.getConsultantId() != null);
        model.addAttribute("brand", brand);
        try {
            // a recommendation its consultant withdrew is not shown here either: the 410 page says so
            RecommendationModel.fill(model, assessments.findShared(draft.getAssessmentToken()), peers);
        } catch (RecommendationHeldException held) {
            // held for the consultant's advice: the client is told so, and sees nothing of it yet
            model.addAttribute("heldBy", held.preparedBy() == null ? null : held.preparedBy().name());
            return "recommendation/held";
        }
        if (draft.getPublicLink() != null) {
            if (draft.awaitsLead() && !brand.isDefault()) {
                model.addAttribute("leadFormFor", brand);
                if (!model.containsAttribute("leadForm")) {
                    model.addAttribute("leadForm", new LeadForm());
                }
            }
            model.addAttribute("leadLeft", !draft.awaitsLead());
            if (outbox.available()) {
                model.addAttribute("resultMailOffered", true);
                if (!model.containsAttribute("resultMail")) {
                    model.addAttribute("resultMail", new ResultMailForm());
                }
            }
        }
        model.addAttribute("resultUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                + "/q/" + token + "/result");
        return VIEW;
    }
}
