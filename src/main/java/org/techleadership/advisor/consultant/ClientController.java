package org.techleadership.advisor.consultant;

import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;

/**
 * The consultant's clients: the dashboard, its CSV, new clients, and each client's record
 * (details, invitations, archive, delete). The takes' advice and notes are ConsultantController's.
 */
@Controller
@RequestMapping("/consultant")
class ClientController {

    private final ConsultantService consultants;
    private final ClientRecords clients;
    private final ClientPage page;
    private final CatalogueService catalogues;

    ClientController(ConsultantService consultants, ClientRecords clients, ClientPage page, CatalogueService catalogues) {
        this.consultants = consultants;
        this.clients = clients;
        this.page = page;
        this.catalogues = catalogues;
    }

    /** A search too long to match any client is shown again with its message, and all clients are listed. */
    @GetMapping
    String dashboard(@AuthenticationPrincipal SignedIn me, @Valid @ModelAttribute ClientSearch clientSearch,
                     BindingResult result, Model model) {
        String q = result.hasErrors() || clientSearch.getQ() == null ? "" : clientSearch.getQ();
        model.addAttribute("rows", consultants.dashboard(me.userId(), q, clientSearch.oldestFirst(),
                clientSearch.archived()));
        model.addAttribute("q", q);
        model.addAttribute("sort", clientSearch.oldestFirst() ? "oldest" : "newest");
        model.addAttribute("archived", clientSearch.archived());
        model.addAttribute("me", me);
        return "consultant/dashboard";
    }

    @GetMapping(path = "/clients.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal SignedIn me,
                               @RequestParam(required = false) @Size(max = InviteForm.CLIENT_LABEL_MAX) String q,
                               @RequestParam(defaultValue = "active") String show) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("clients.csv").build()
                        .toString())
                .body(ClientCsv.of(consultants.dashboard(me.userId(), q, false, "archived".equals(show)),
                        catalogues.current().questions(), base));
    }

    @GetMapping("/invite")
    String inviteForm(Model model) {
        model.addAttribute("inviteForm", new InviteForm());
        return "consultant/invite";
    }

    /** A name another client already has is asked about once: re-invite that one, or confirm a second. */
    @PostMapping("/invite")
    String invite(@AuthenticationPrincipal SignedIn me, @Valid @ModelAttribute InviteForm inviteForm,
                  BindingResult result, @RequestParam(name = "then", required = false) String then, Model model) {
        if (!result.hasFieldErrors("clientLabel") && !inviteForm.isSameNameConfirmed()) {
            var namesake = clients.namedLike(me.userId(), inviteForm.getClientLabel(), null);
            if (!namesake.isEmpty()) {
                result.rejectValue("clientLabel", "invite.clientLabel.taken");
                model.addAttribute("namesake", namesake.get(0));
            }
        }
        if (result.hasErrors()) {
            return "consultant/invite";
        }
        QuestionnaireDraft invitation = clients.create(me.userId(), inviteForm.details());
        if ("answer".equals(then)) { // answered together, now: the result is on the dashboard like any other
            return "redirect:/q/" + invitation.getToken() + "/1";
        }
        return "redirect:/consultant/clients/" + invitation.getClientId() + "?invited";
    }

    /** An address from before client records named an invitation: it opens that invitation's client. */
    @GetMapping("/clients/{clientId:\\d+}")
    String client(@AuthenticationPrincipal SignedIn me, @PathVariable long clientId, Model model) {
        if (clients.find(me.userId(), clientId).isEmpty()) {
            Long owner = consultants.clientOfInvitation(me.userId(), clientId).orElseThrow(ClientPage::notFound);
            return "redirect:/consultant/clients/" + owner;
        }
        return page.show(me, clientId, model);
    }

    @PostMapping("/clients/{clientId:\\d+}/details")
    String details(@AuthenticationPrincipal SignedIn me, @PathVariable long clientId,
                   @Valid @ModelAttribute ClientForm clientForm, BindingResult result, Model model,
                   RedirectAttributes flash) {
        if (result.hasErrors()) {
            return page.show(me, clientId, model);
        }
        if (!clients.describe(me.userId(), clientId, clientForm.details())) {
            throw ClientPage.notFound();
        }
        return ClientPage.saved(flash, "client.saved.details", clientId, "#details");
    }

    @PostMapping("/clients/{clientId:\\d+}/invite")
    String reinvite(@AuthenticationPrincipal SignedIn me, @PathVariable long clientId, RedirectAttributes flash) {
        clients.reinvite(me.userId(), clientId).orElseThrow(ClientPage::notFound);
        return ClientPage.saved(flash, "client.saved.reinvited", clientId, "#invitations");
    }

    @PostMapping("/clients/{clientId:\\d+}/invitations/{draftId:\\d+}/cancel")
    String cancel(@AuthenticationPrincipal SignedIn me, @PathVariable long clientId, @PathVariable long draftId,
                  RedirectAttributes flash) {
        if (!clients.cancelInvitation(me.userId(), clientId, draftId)) {
            throw ClientPage.notFound();
        }
        return ClientPage.saved(flash, "client.saved.cancelled", clientId, "#invitations");
    }

    @PostMapping("/clients/{clientId:\\d+}/archive")
    String archive(@AuthenticationPrincipal SignedIn me, @PathVariable long clientId,
                   @RequestParam(defaultValue = "true") boolean archived, RedirectAttributes flash) {
        if (!clients.archive(me.userId(), clientId, archived)) {
            throw ClientPage.notFound();
        }
        return ClientPage.saved(flash, archived ? "client.saved.archived" : "client.saved.unarchived", clientId, "");
    }

    /** Deletes the client and everything under it; the box must be ticked, or nothing happens. */
    @PostMapping("/clients/{clientId:\\d+}/delete")
    String delete(@AuthenticationPrincipal SignedIn me, @PathVariable long clientId,
                  @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes flash) {
        if (!confirm) {
            clients.find(me.userId(), clientId).orElseThrow(ClientPage::notFound);
            flash.addFlashAttribute("deleteProblem", "client.delete.unconfirmed");
            return "redirect:/consultant/clients/" + clientId + "#delete";
        }
        if (!clients.delete(me.userId(), clientId)) {
            throw ClientPage.notFound();
        }
        flash.addFlashAttribute("saved", "dashboard.deleted");
        return "redirect:/consultant";
    }
}
