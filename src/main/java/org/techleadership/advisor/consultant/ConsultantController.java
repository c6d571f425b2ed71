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
 * The consultant's workspace: clients, invitations, advice, notes, withdrawn links, history. A form
 * with an error is shown again with what was typed; a change that saves redirects.
 */
@Controller
@RequestMapping("/consultant")
class ConsultantController {

    private final ConsultantService consultants;
    private final CatalogueService catalogues;

    ConsultantController(ConsultantService consultants, CatalogueService catalogues) {
        this.consultants = consultants;
        this.catalogues = catalogues;
    }

    @InitBinder("adviceForm")
    void adviceChecks(WebDataBinder binder) {
        binder.addValidators(new AdviceValidator(catalogues.current()));
    }

    /** A search too long to match any client is shown again with its message, and all clients are listed. */
    @GetMapping
    String dashboard(@AuthenticationPrincipal SignedIn me, @Valid @ModelAttribute ClientSearch clientSearch,
                     BindingResult result, Model model) {
        String q = result.hasErrors() || clientSearch.getQ() == null ? "" : clientSearch.getQ();
        model.addAttribute("rows", consultants.dashboard(me.userId(), q, clientSearch.oldestFirst()));
        model.addAttribute("q", q);
        model.addAttribute("sort", clientSearch.oldestFirst() ? "oldest" : "newest");
        model.addAttribute("me", me);
        return "consultant/dashboard";
    }

    @GetMapping(path = "/clients.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal SignedIn me,
                               @RequestParam(required = false) @Size(max = InviteForm.CLIENT_LABEL_MAX) String q) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("clients.csv").build()
                        .toString())
                .body(ClientCsv.of(consultants.dashboard(me.userId(), q, false), base));
    }

    @GetMapping("/invite")
    String inviteForm(Model model) {
        model.addAttribute("inviteForm", new InviteForm());
        return "consultant/invite";
    }

    @PostMapping("/invite")
    String invite(@AuthenticationPrincipal SignedIn me, @Valid @ModelAttribute InviteForm inviteForm,
                  BindingResult result, @RequestParam(name = "then", required = false) String then) {
        if (result.hasErrors()) {
            return "consultant/invite";
        }
        QuestionnaireDraft invitation = consultants.invite(me.userId(), inviteForm.getClientLabel());
        if ("answer".equals(then)) { // answered together, now: the result is on the dashboard like any other
            return "redirect:/q/" + invitation.getToken() + "/1";
        }
        return "redirect:/consultant/clients/" + invitation.getId() + "?invited";
    }

    @GetMapping("/clients/{draftId:\\d+}")
    String client(@AuthenticationPrincipal SignedIn me, @PathVariable long draftId, Model model) {
        return clientPage(me, draftId, model);
    }

    @PostMapping("/assessments/{id:\\d+}/advice")
    String advise(@AuthenticationPrincipal SignedIn me, @PathVariable long id, @RequestParam long draftId,
                  @Valid @ModelAttribute AdviceForm adviceForm, BindingResult result, Model model,
                  RedirectAttributes flash) {
        if (result.hasErrors()) {
            return clientPage(me, draftId, model);
        }
        if (!consultants.advise(me.userId(), id, adviceForm.getCode(), adviceForm.getReason())) {
            throw notFound();
        }
        return saved(flash, "client.saved.advice", draftId, "#advice");
    }

    @PostMapping("/assessments/{id:\\d+}/advice/withdraw")
    String withdrawAdvice(@AuthenticationPrincipal SignedIn me, @PathVariable long id, @RequestParam long draftId,
                          RedirectAttributes flash) {
        if (!consultants.withdrawAdvice(me.userId(), id)) {
            throw notFound();
        }
        return saved(flash, "client.saved.adviceWithdrawn", draftId, "#advice");
    }

    @PostMapping("/assessments/{id:\\d+}/note")
    String note(@AuthenticationPrincipal SignedIn me, @PathVariable long id, @RequestParam long draftId,
                @Valid @ModelAttribute NoteForm noteForm, BindingResult result, Model model,
                RedirectAttributes flash) {
        if (result.hasErrors()) {
            return clientPage(me, draftId, model);
        }
        if (!consultants.note(me.userId(), id, noteForm.getNote())) {
            throw notFound();
        }
        return saved(flash, "client.saved.note", draftId, "#note");
    }

    @PostMapping("/assessments/{id:\\d+}/revoke")
    String revoke(@AuthenticationPrincipal SignedIn me, @PathVariable long id,
                  @RequestParam(defaultValue = "true") boolean revoked, @RequestParam long draftId,
                  RedirectAttributes flash) {
        if (!consultants.revoke(me.userId(), id, revoked)) {
            throw notFound();
        }
        return saved(flash, revoked ? "client.saved.revoked" : "client.saved.restored", draftId, "#share");
    }

    /** Deletes the invitation and everything it led to; the box must be ticked, or nothing happens. */
    @PostMapping("/clients/{draftId:\\d+}/delete")
    String delete(@AuthenticationPrincipal SignedIn me, @PathVariable long draftId,
                  @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes flash) {
        if (!confirm) {
            consultants.client(me.userId(), draftId).orElseThrow(ConsultantController::notFound);
            flash.addFlashAttribute("deleteProblem", "client.delete.unconfirmed");
            return "redirect:/consultant/clients/" + draftId + "#delete";
        }
        if (!consultants.deleteClient(me.userId(), draftId)) {
            throw notFound();
        }
        flash.addFlashAttribute("saved", "dashboard.deleted");
        return "redirect:/consultant";
    }

    @GetMapping("/compare")
    String compare(@AuthenticationPrincipal SignedIn me, @RequestParam long a, @RequestParam long b, Model model) {
        model.addAttribute("comparison", consultants.compare(me.userId(), a, b)
                .orElseThrow(ConsultantController::notFound));
        return "consultant/compare";
    }

    /** The client's page; a form bound with errors is already in the model and is shown as typed. */
    private String clientPage(SignedIn me, long draftId, Model model) {
        ClientRow row = consultants.client(me.userId(), draftId).orElseThrow(ConsultantController::notFound);
        model.addAttribute("row", row);
        model.addAttribute("inviteUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/q/{t}")
                .buildAndExpand(row.draftToken()).toUriString());
        if (row.assessmentId() != null) {
            AssessmentResult stored = consultants.assessment(me.userId(), row.assessmentId())
                    .orElseThrow(ConsultantController::notFound);
            RecommendationModel.fill(model, stored);
            model.addAttribute("profiles", catalogues.current().profiles());
            model.addAttribute("history", consultants.history(me.userId(), row.clientLabel()));
            model.addAttribute("rerun", consultants.rerun(me.userId(), row.assessmentId()).orElse(null));
            if (!model.containsAttribute("adviceForm")) {
                model.addAttribute("adviceForm", AdviceForm.of(stored.assessment().getAdviceCode(),
                        stored.assessment().getAdviceReason()));
            }
            if (!model.containsAttribute("noteForm")) {
                model.addAttribute("noteForm", NoteForm.of(stored.assessment().getPrivateNote()));
            }
        }
        return "consultant/client";
    }

    private static String saved(RedirectAttributes flash, String message, long draftId, String anchor) {
        flash.addFlashAttribute("saved", message);
        return "redirect:/consultant/clients/" + draftId + anchor;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
