package org.techleadership.advisor.questionnaire;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.mail.MailBrand;
import org.techleadership.advisor.mail.MailTemplates;
import org.techleadership.advisor.mail.Outbox;
import org.techleadership.advisor.practice.Brand;
import org.techleadership.advisor.practice.Brands;

/**
 * "E-mail me my result link", for a person who answered through a practice's own link: the private
 * result link and the share link, in the practice's name. At most {@link #MAX_PER_DRAFT} per
 * questionnaire, counted in the outbox (reference "draft:{id}"), so the form cannot be used to send
 * mail to strangers by the hundred; deleting the questionnaire deletes them with it.
 */
@Service
public class ResultLinkMail {

    static final int MAX_PER_DRAFT = 3;

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final Brands brands;

    ResultLinkMail(Outbox outbox, MailTemplates templates, MessageSource messages, Brands brands) {
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
        this.brands = brands;
    }

    static String reference(long draftId) {
        return "draft:" + draftId;
    }

    boolean available() {
        return outbox.available();
    }

    /** Whether another one may go for this questionnaire. */
    boolean mayStillSend(QuestionnaireDraft draft) {
        return outbox.countFor(reference(draft.getId())) < MAX_PER_DRAFT;
    }

    @Transactional
    void send(QuestionnaireDraft draft, String recipient, String resultLink, String shareLink) {
        Brand brand = brands.ofConsultant(draft.getConsultantId());
        MailBrand mailBrand = brand.isDefault() ? MailBrand.standard()
                : new MailBrand(brand.practiceName(), MailBrand.standard().accent(), null, brand.callWith());
        List<String> paragraphs = List.of(text("mail.ownResult.greeting"), text("mail.ownResult.lead"),
                text("mail.ownResult.share", shareLink));
        Map<String, Object> model = new HashMap<>();
        model.put("preview", paragraphs.get(1));
        model.put("paragraphs", paragraphs);
        model.put("quote", null);
        model.put("button", text("mail.ownResult.button"));
        model.put("link", resultLink);
        outbox.queue(templates.render("notice", mailBrand, model).to(recipient, text("mail.ownResult.subject"),
                "OWN_RESULT", draft.getConsultantId(), reference(draft.getId())));
    }

    /** A deleted questionnaire's e-mails (and the address they went to) go with it. */
    void forget(QuestionnaireDraft draft) {
        if (draft.getConsultantId() != null) {
            outbox.deleteFor(draft.getConsultantId(), reference(draft.getId()));
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
