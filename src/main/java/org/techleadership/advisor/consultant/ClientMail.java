package org.techleadership.advisor.consultant;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.mail.Delivery;
import org.techleadership.advisor.practice.Brand;
import org.techleadership.advisor.practice.Brands;
import org.techleadership.advisor.mail.MailBrand;
import org.techleadership.advisor.mail.Outbox;
import org.techleadership.advisor.mail.OutgoingMail;
import org.techleadership.advisor.mail.MailTemplates;
import org.techleadership.advisor.questionnaire.InvitationFinished;
import org.techleadership.advisor.questionnaire.InvitationStarted;

/**
 * The e-mails of a consultant's work: the invitation and the share link sent to a client, and the
 * notices the consultant gets when a client starts or finishes. Each is queued in the outbox inside
 * the transaction of what it tells of, so it leaves after the commit or not at all; the outbox
 * retries, and the client's page lists what was sent and what failed.
 */
@Service
public class ClientMail {

    private static final Logger log = LoggerFactory.getLogger(ClientMail.class);

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final AccountService accounts;
    private final ClientRecords clients;
    private final PublicAddress address;
    private final Brands brands;

    ClientMail(Outbox outbox, MailTemplates templates, MessageSource messages, AccountService accounts,
               ClientRecords clients, PublicAddress address, Brands brands) {
        this.brands = brands;
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
        this.accounts = accounts;
        this.clients = clients;
        this.address = address;
    }

    public boolean available() {
        return outbox.available();
    }

    static String reference(long clientId) {
        return "client:" + clientId;
    }

    /** What was sent about this client, newest first. */
    public List<Delivery> deliveries(long consultantId, long clientId) {
        return outbox.deliveries(consultantId, reference(clientId));
    }

    @Transactional
    public void sendInvitation(long consultantId, Client client, String recipient, String link, String personal) {
        AppUser me = accounts.find(consultantId).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("clientName", client.getName());
        model.put("consultantName", me.getDisplayName());
        model.put("practiceName", me.getPracticeName());
        model.put("link", link);
        model.put("personalMessage", personal);
        outbox.queue(templates.render("invitation", brand(me), model).to(recipient,
                text("mail.invitation.subject", me.getDisplayName()), "INVITATION", consultantId,
                reference(client.getId())));
    }

    @Transactional
    public void sendShareLink(long consultantId, Client client, String recipient, String link, String personal) {
        AppUser me = accounts.find(consultantId).orElseThrow();
        outbox.queue(notice(me, List.of(text("mail.share.greeting"), text("mail.share.lead", me.getDisplayName(),
                        client.getName()), text("mail.share.what")), personal, text("mail.share.button"), link)
                .to(recipient, text("mail.share.subject", me.getDisplayName()), "SHARE_LINK", consultantId,
                        reference(client.getId())));
    }

    /** The one reminder of an invitation left unfinished. */
    public void sendReminder(long consultantId, Client client, String link) {
        AppUser me = accounts.find(consultantId).orElseThrow();
        outbox.queue(notice(me, List.of(text("mail.invitation.greeting"), text("mail.reminder.lead", me.getDisplayName(),
                        client.getName()), text("mail.reminder.what")), null, text("mail.reminder.button"), link)
                .to(client.getContactEmail(), text("mail.reminder.subject", client.getName()), "REMINDER", consultantId,
                        reference(client.getId())));
    }

    /** A deleted client's e-mails go with its data. */
    @EventListener
    void deleted(ClientDeleted deleted) {
        outbox.deleteFor(deleted.consultantId(), reference(deleted.clientId()));
    }

    @EventListener
    void started(InvitationStarted started) {
        notifyConsultant(started.consultantId(), started.clientId(), "CLIENT_STARTED", "mail.started");
    }

    @EventListener
    void finished(InvitationFinished finished) {
        notifyConsultant(finished.consultantId(), finished.clientId(), "CLIENT_FINISHED", "mail.finished");
    }

    /** Someone who answered through the practice's own link left their details: a new lead. */
    void leadArrived(Client lead) {
        notifyConsultant(lead.getConsultantId(), lead.getId(), "NEW_LEAD", "mail.lead");
    }

    /** A notice must never stop the client's answer: a failure here is logged, and the answer is kept. */
    private void notifyConsultant(long consultantId, Long clientId, String kind, String key) {
        if (!outbox.available() || clientId == null) {
            return;
        }
        try {
            AppUser me = accounts.find(consultantId).orElse(null);
            Client client = clients.find(consultantId, clientId).orElse(null);
            if (me == null || client == null || me.getNotifyEmail() == null) {
                return;
            }
            String page = address.base() + "/consultant/clients/" + clientId;
            outbox.queue(notice(me, List.of(text(key + ".lead", client.getName())), null, text(key + ".button"), page)
                    .to(me.getNotifyEmail(), text(key + ".subject", client.getName()), kind, consultantId,
                            reference(clientId)));
        } catch (RuntimeException notSent) {
            log.warn("The {} notice for client {} was not queued: {}", kind, clientId, notSent.getMessage());
        }
    }

    private org.techleadership.advisor.mail.MailContent notice(AppUser me, List<String> paragraphs, String quote,
                                                                 String button, String link) {
        Map<String, Object> model = new HashMap<>();
        model.put("preview", paragraphs.get(paragraphs.size() > 1 ? 1 : 0));
        model.put("paragraphs", paragraphs);
        model.put("quote", quote);
        model.put("button", button);
        model.put("link", link);
        return templates.render("notice", brand(me), model);
    }

    /** The practice's name, accent, logo and contact, as on its pages; the product's own without a practice. */
    private MailBrand brand(AppUser me) {
        Brand brand = brands.ofConsultant(me.getId());
        if (brand.isDefault()) {
            return MailBrand.standard();
        }
        String contact = java.util.stream.Stream.of(me.getDisplayName(), brand.contactEmail(), brand.contactPhone())
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(" · "));
        return new MailBrand(brand.practiceName(), brand.accent(),
                brand.logoUrl() == null ? null : address.base() + brand.logoUrl(), contact);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    static boolean deliverable(String address) {
        return address != null && OutgoingMail.isDeliverable(address.strip());
    }
}
