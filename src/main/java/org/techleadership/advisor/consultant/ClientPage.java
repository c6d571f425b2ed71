package org.techleadership.advisor.consultant;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.PeerFigures;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.sharing.RecommendationModel;

/**
 * The model of a client's page: the record, its invitations and, once answered, its latest take
 * with the advice, note and history forms. A form bound with errors is already in the model and
 * is shown as typed.
 */
@Component
class ClientPage {

    private final ConsultantService consultants;
    private final ClientRecords clients;
    private final CatalogueService catalogues;
    private final ClientMail mail;
    private final PeerFigures peers;

    ClientPage(ConsultantService consultants, ClientRecords clients, CatalogueService catalogues, ClientMail mail,
               PeerFigures peers) {
        this.peers = peers;
        this.mail = mail;
        this.consultants = consultants;
        this.clients = clients;
        this.catalogues = catalogues;
    }

    /** A link to one of the client's invitations, with what became of it. */
    public record Invitation(long id, String url, Instant createdAt, String status, int step, Instant lastActivity,
                             boolean cancellable) {}

    String show(SignedIn me, long clientId, Model model) {
        Client client = clients.find(me.userId(), clientId).orElseThrow(ClientPage::notFound);
        ClientRow row = consultants.client(me.userId(), clientId).orElseThrow(ClientPage::notFound);
        model.addAttribute("client", client);
        model.addAttribute("row", row);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        List<Invitation> invitations = consultants.invitations(me.userId(), clientId).stream()
                .map(d -> new Invitation(d.getId(), base + "/q/" + d.getToken(), d.getCreatedAt(),
                        d.isCancelled() ? "CANCELLED" : d.isClosed() ? "DONE"
                                : d.getAnswers().isEmpty() ? "INVITED" : "IN_PROGRESS",
                        d.getCurrentStep(), d.getUpdatedAt(), !d.isCancelled() && d.getAssessmentToken() == null))
                .toList();
        model.addAttribute("invitations", invitations);
        model.addAttribute("inviteUrl", invitations.isEmpty() ? null : invitations.get(0).url());
        model.addAttribute("mailAvailable", mail.available());
        model.addAttribute("deliveries", mail.deliveries(me.userId(), clientId));
        if (!model.containsAttribute("invitationMail")) {
            model.addAttribute("invitationMail", MailForm.to(client.getContactEmail()));
        }
        if (!model.containsAttribute("shareMail")) {
            model.addAttribute("shareMail", MailForm.to(client.getContactEmail()));
        }
        if (!model.containsAttribute("clientForm")) {
            model.addAttribute("clientForm", ClientForm.of(client));
        }
        if (row.assessmentId() != null) {
            AssessmentResult stored = consultants.assessment(me.userId(), row.assessmentId())
                    .orElseThrow(ClientPage::notFound);
            RecommendationModel.fill(model, stored, peers);
            model.addAttribute("profiles", catalogues.current().profiles());
            model.addAttribute("history", consultants.history(me.userId(), clientId));
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

    static String saved(RedirectAttributes flash, String message, long clientId, String anchor) {
        flash.addFlashAttribute("saved", message);
        return "redirect:/consultant/clients/" + clientId + anchor;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
