package org.techleadership.advisor.consultant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.techleadership.advisor.mail.Delivery;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.QuestionnaireService;

/**
 * One reminder for an invitation that was e-mailed and left unfinished: sent once the client has
 * done nothing for advisor.reminders.after (3 days unless set), to the client's e-mail, unless the
 * consultant switched reminders off for that client. The invitation_reminder row, written in the
 * same transaction as the queued mail, makes it one reminder however many instances look.
 */
@Component
class InvitationReminders {

    private final ClientRecords clients;
    private final QuestionnaireService questionnaires;
    private final ClientMail mail;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PublicAddress address;
    private final Duration after;
    private final Clock clock = Clock.systemUTC();

    InvitationReminders(ClientRecords clients, QuestionnaireService questionnaires, ClientMail mail, JdbcClient jdbc,
                        TransactionTemplate transactions, PublicAddress address,
                        @Value("${advisor.reminders.after:P3D}") Duration after) {
        this.clients = clients;
        this.questionnaires = questionnaires;
        this.mail = mail;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.address = address;
        this.after = after;
    }

    /** Returns how many reminders were queued. */
    @Scheduled(fixedDelayString = "${advisor.reminders.interval:PT1H}", initialDelayString = "PT2M")
    int remind() {
        if (!mail.available() || after.isZero() || after.isNegative()) {
            return 0;
        }
        Instant quietSince = Instant.now(clock).minus(after);
        int sent = 0;
        for (Client client : clients.remindable()) {
            boolean invitedByMail = mail.deliveries(client.getConsultantId(), client.getId()).stream()
                    .anyMatch(d -> "INVITATION".equals(d.kind()) && d.status() == Delivery.Status.SENT);
            if (!invitedByMail) {
                continue;
            }
            for (QuestionnaireDraft invitation : questionnaires.ofClient(client.getConsultantId(), client.getId())) {
                if (invitation.isCancelled() || invitation.getAssessmentToken() != null
                        || invitation.getUpdatedAt().isAfter(quietSince)) {
                    continue;
                }
                if (remindOnce(client, invitation)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean remindOnce(Client client, QuestionnaireDraft invitation) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                jdbc.sql("INSERT INTO invitation_reminder (draft_id, sent_at) VALUES (?, ?)")
                        .params(invitation.getId(), LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC)).update();
                mail.sendReminder(client.getConsultantId(), client, address.base() + "/q/" + invitation.getToken());
                return true;
            }));
        } catch (DuplicateKeyException alreadyReminded) {
            return false;
        }
    }
}
