package org.techleadership.advisor.consultant;

import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.sharing.RecommendationModel;

/**
 * What the consultant does with a client's take: advice, a private note, withdrawing its link,
 * comparing two takes. A form with an error is shown again with what was typed; a change that
 * saves redirects to the client's page.
 */
@Controller
@RequestMapping("/consultant")
class ConsultantController {

    private final ConsultantService consultants;
    private final CatalogueService catalogues;
    private final ClientPage page;

    ConsultantController(ConsultantService consultants, CatalogueService catalogues, ClientPage page) {
        this.page = page;
        this.consultants = consultants;
        this.catalogues = catalogues;
    }

    @InitBinder("adviceForm")
    void adviceChecks(WebDataBinder binder) {
        binder.addValidators(new AdviceValidator(catalogues.current()));
    }

    @PostMapping("/assessments/{id:\\d+}/advice")
    String advise(@AuthenticationPrincipal SignedIn me, @PathVariable long id, @RequestParam long clientId,
                  @Valid @ModelAttribute AdviceForm adviceForm, BindingResult result, Model model,
                  RedirectAttributes flash) {
        if (result.hasErrors()) {
            return page.show(me, clientId, model);
        }
        if (!consultants.advise(me.userId(), id, adviceForm.getCode(), adviceForm.getReason())) {
            throw notFound();
        }
        return saved(flash, "client.saved.advice", clientId, "#advice");
    }

    @PostMapping("/assessments/{id:\\d+}/advice/withdraw")
    String withdrawAdvice(@AuthenticationPrincipal SignedIn me, @PathVariable long id, @RequestParam long clientId,
                          RedirectAttributes flash) {
        if (!consultants.withdrawAdvice(me.userId(), id)) {
            throw notFound();
        }
        return saved(flash, "client.saved.adviceWithdrawn", clientId, "#advice");
    }

    @PostMapping("/assessments/{id:\\d+}/release")
    String release(@AuthenticationPrincipal SignedIn me, @PathVariable long id, @RequestParam long clientId,
                   RedirectAttributes flash) {
        return switch (consultants.release(me.userId(), id)) {
            case RELEASED -> saved(flash, "client.saved.released", clientId, "#review");
            case NEEDS_ADVICE -> saved(flash, "client.review.needsAdvice", clientId, "#advice");
            case NOT_FOUND -> throw notFound();
        };
    }

    @PostMapping("/assessments/{id:\\d+}/note")
    String note(@AuthenticationPrincipal SignedIn me, @PathVariable long id, @RequestParam long clientId,
                @Valid @ModelAttribute NoteForm noteForm, BindingResult result, Model model,
                RedirectAttributes flash) {
        if (result.hasErrors()) {
            return page.show(me, clientId, model);
        }
        if (!consultants.note(me.userId(), id, noteForm.getNote())) {
            throw notFound();
        }
        return saved(flash, "client.saved.note", clientId, "#note");
    }

    @PostMapping("/assessments/{id:\\d+}/revoke")
    String revoke(@AuthenticationPrincipal SignedIn me, @PathVariable long id,
                  @RequestParam(defaultValue = "true") boolean revoked, @RequestParam long clientId,
                  RedirectAttributes flash) {
        if (!consultants.revoke(me.userId(), id, revoked)) {
            throw notFound();
        }
        return saved(flash, revoked ? "client.saved.revoked" : "client.saved.restored", clientId, "#share");
    }

    @GetMapping("/compare")
    String compare(@AuthenticationPrincipal SignedIn me, @RequestParam long a, @RequestParam long b, Model model) {
        model.addAttribute("comparison", consultants.compare(me.userId(), a, b)
                .orElseThrow(ConsultantController::notFound));
        return "consultant/compare";
    }

    private static String saved(RedirectAttributes flash, String message, long clientId, String anchor) {
        return ClientPage.saved(flash, message, clientId, anchor);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
