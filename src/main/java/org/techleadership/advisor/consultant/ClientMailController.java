package org.techleadership.advisor.consultant;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.SignedIn;

/**
 * E-mail from the consultant's workspace: the invitation and the share link to the client, and
 * the address the consultant's own notices go to. Without mail settings the forms are not shown,
 * and a post says e-mail is not set up rather than failing.
 */
@Controller
@RequestMapping("/consultant")
class ClientMailController {

    private final ClientMail mail;
    private final ClientRecords clients;
    private final ConsultantService consultants;
    private final ClientPage page;
    private final AccountService accounts;
    private final PublicAddress address;

    ClientMailController(ClientMail mail, ClientRecords clients, ConsultantService consultants, ClientPage page,
                         AccountService accounts, PublicAddress address) {
        this.mail = mail;
        this.clients = clients;
        this.consultants = consultants;
        this.page = page;
        this.accounts = accounts;
        this.address = address;
    }

    @PostMapping("/clients/{clientId:\\d+}/email/invitation")
    String invitation(@AuthenticationPrincipal SignedIn me, @PathVariable long clientId,
                      @Valid @ModelAttribute("invitationMail") MailForm form, BindingResult result, Model model,
                      RedirectAttributes flash) {
        Client client = clients.find(me.userId(), clientId).orElseThrow(ClientPage::notFound);
        var open = consultants.invitations(me.userId(), clientId).stream()
                .filter(d -> !d.isCancelled() && !d.isClosed()).findFirst();
        if (open.isEmpty()) {
            result.reject("mailForm.noOpenInvitation");
        }
        if (!mailChecks(form, result)) {
            return page.show(me, clientId, model);
        }
        mail.sendInvitation(me.userId(), client, form.getRecipient().strip(), address.base() + "/q/" + open.get().getToken(),
                form.personal());
        return ClientPage.saved(flash, "client.saved.invitationMailed", clientId, "#invitations");
    }

    @PostMapping("/clients/{clientId:\\d+}/email/share")
    String share(@AuthenticationPrincipal SignedIn me, @PathVariable long clientId,
                 @Valid @ModelAttribute("shareMail") MailForm form, BindingResult result, Model model,
                 RedirectAttributes flash) {
        Client client = clients.find(me.userId(), clientId).orElseThrow(ClientPage::notFound);
        ClientRow row = consultants.client(me.userId(), clientId).orElseThrow(ClientPage::notFound);
        if (row.shareToken() == null || row.revoked()) {
            result.reject("mailForm.noShareLink");
        }
        if (!mailChecks(form, result)) {
            return page.show(me, clientId, model);
        }
        mail.sendShareLink(me.userId(), client, form.getRecipient().strip(), address.base() + "/r/" + row.shareToken(),
                form.personal());
        return ClientPage.saved(flash, "client.saved.shareMailed", clientId, "#share");
    }

    private boolean mailChecks(MailForm form, BindingResult result) {
        if (!mail.available()) {
            result.reject("mailForm.unavailable");
        }
        if (!result.hasFieldErrors("recipient") && !form.deliverable()) {
            result.rejectValue("recipient", "mailForm.recipient.invalid");
        }
        return !result.hasErrors();
    }

    @GetMapping("/notifications")
    String notifications(@AuthenticationPrincipal SignedIn me, Model model) {
        if (!model.containsAttribute("notifyForm")) {
            model.addAttribute("notifyForm", MailForm.to(accounts.find(me.userId()).orElseThrow().getNotifyEmail()));
        }
        model.addAttribute("mailAvailable", mail.available());
        return "consultant/notifications";
    }

    /** An empty address stops the notices. */
    @PostMapping("/notifications")
    String saveNotifications(@AuthenticationPrincipal SignedIn me, @ModelAttribute("notifyForm") MailForm form,
                             BindingResult result, Model model, RedirectAttributes flash) {
        boolean stop = form.getRecipient() == null || form.getRecipient().isBlank();
        if (!stop && !form.deliverable()) {
            result.rejectValue("recipient", "mailForm.recipient.invalid");
            return notifications(me, model);
        }
        accounts.notifyAt(me.userId(), stop ? null : form.getRecipient().strip());
        flash.addFlashAttribute("saved", stop ? "notifications.stopped" : "notifications.saved");
        return "redirect:/consultant/notifications";
    }
}
