package org.techleadership.advisor.consultant;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.sharing.RecommendationModel;
import org.techleadership.advisor.assessment.AssessmentResult;

/** The consultant's workspace: clients, invitations, advice, notes, withdrawn links, history. */
@Controller
@RequestMapping("/consultant")
public class ConsultantController {

    static final int LABEL_MAX = 120;
    static final int REASON_MAX = 2000;
    static final int NOTE_MAX = 4000;

    private final ConsultantService consultants;
    private final CatalogueService catalogues;

    public ConsultantController(ConsultantService consultants, CatalogueService catalogues) {
        this.consultants = consultants;
        this.catalogues = catalogues;
    }

    @GetMapping
    public String dashboard(@AuthenticationPrincipal SignedIn me, @RequestParam(required = false) String q,
                            @RequestParam(defaultValue = "newest") String sort, Model model) {
        model.addAttribute("rows", consultants.dashboard(me.userId(), q, "oldest".equals(sort)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", "oldest".equals(sort) ? "oldest" : "newest");
        model.addAttribute("me", me);
        return "consultant/dashboard";
    }

    @GetMapping(path = "/clients.csv")
    public ResponseEntity<String> csv(@AuthenticationPrincipal SignedIn me, @RequestParam(required = false) String q) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("clients.csv").build()
                        .toString())
                .body(ClientCsv.of(consultants.dashboard(me.userId(), q, false), base));
    }

    @GetMapping("/invite")
    public String inviteForm(Model model) {
        model.addAttribute("clientLabel", "");
        return "consultant/invite";
    }

    @PostMapping("/invite")
    public String invite(@AuthenticationPrincipal SignedIn me, @RequestParam(defaultValue = "") String clientLabel,
                         Model model) {
        String label = clientLabel.strip();
        if (label.isEmpty() || label.length() > LABEL_MAX) {
            model.addAttribute("clientLabel", clientLabel);
            model.addAttribute("error", label.isEmpty() ? "Enter the client's name so you can find it later."
                    : "Keep the client's name to " + LABEL_MAX + " characters or fewer.");
            return "consultant/invite";
        }
        QuestionnaireDraft draft = consultants.invite(me.userId(), label);
        return "redirect:/consultant/clients/" + draft.getId() + "?invited";
    }

    @GetMapping("/clients/{draftId:\\d+}")
    public String client(@AuthenticationPrincipal SignedIn me, @PathVariable long draftId, Model model) {
        ClientRow row = consultants.client(me.userId(), draftId).orElseThrow(ConsultantController::notFound);
        model.addAttribute("row", row);
        model.addAttribute("inviteUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/q/{t}")
                .buildAndExpand(row.draftToken()).toUriString());
        if (row.assessmentId() != null) {
            AssessmentResult stored = consultants.assessment(me.userId(), row.assessmentId())
                    .orElseThrow(ConsultantController::notFound);
            RecommendationModel.fill(model, stored);
            model.addAttribute("profiles", catalogues.current().profiles());
            List<AssessmentResult> history = consultants.history(me.userId(), row.clientLabel());
            model.addAttribute("history", history);
            model.addAttribute("rerun", consultants.rerun(me.userId(), row.assessmentId()).orElse(null));
        }
        return "consultant/client";
    }

    @PostMapping("/assessments/{id:\\d+}/advice")
    public String advise(@AuthenticationPrincipal SignedIn me, @PathVariable long id,
                         @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String reason,
                         @RequestParam long draftId, RedirectAttributes flash) {
        boolean withdraw = code.isBlank();
        if (!withdraw && catalogues.current().profile(code) == null) {
            flash.addFlashAttribute("adviceError", "Choose one of the roles.");
        } else if (!withdraw && (reason.isBlank() || reason.length() > REASON_MAX)) {
            flash.addFlashAttribute("adviceError", reason.isBlank()
                    ? "Write the reason your client will read beside your advice."
                    : "Keep the reason to " + REASON_MAX + " characters or fewer.");
            flash.addFlashAttribute("adviceReason", reason);
        } else if (!consultants.advise(me.userId(), id, withdraw ? null : code, reason)) {
            throw notFound();
        } else {
            flash.addFlashAttribute("saved", withdraw ? "Your advice was withdrawn." : "Your advice is saved.");
        }
        return "redirect:/consultant/clients/" + draftId + "#advice";
    }

    @PostMapping("/assessments/{id:\\d+}/note")
    public String note(@AuthenticationPrincipal SignedIn me, @PathVariable long id,
                       @RequestParam(defaultValue = "") String note, @RequestParam long draftId,
                       RedirectAttributes flash) {
        if (note.length() > NOTE_MAX) {
            flash.addFlashAttribute("noteError", "Keep the note to " + NOTE_MAX + " characters or fewer.");
        } else if (!consultants.note(me.userId(), id, note)) {
            throw notFound();
        } else {
            flash.addFlashAttribute("saved", "Your private note is saved.");
        }
        return "redirect:/consultant/clients/" + draftId + "#note";
    }

    @PostMapping("/assessments/{id:\\d+}/revoke")
    public String revoke(@AuthenticationPrincipal SignedIn me, @PathVariable long id,
                         @RequestParam(defaultValue = "true") boolean revoked, @RequestParam long draftId,
                         RedirectAttributes flash) {
        if (!consultants.revoke(me.userId(), id, revoked)) {
            throw notFound();
        }
        flash.addFlashAttribute("saved", revoked ? "The share link is withdrawn: it now says so to anyone who opens it."
                : "The share link works again.");
        return "redirect:/consultant/clients/" + draftId + "#share";
    }

    @GetMapping("/compare")
    public String compare(@AuthenticationPrincipal SignedIn me, @RequestParam long a, @RequestParam long b,
                          Model model) {
        model.addAttribute("comparison", consultants.compare(me.userId(), a, b).orElseThrow(ConsultantController::notFound));
        return "consultant/compare";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
