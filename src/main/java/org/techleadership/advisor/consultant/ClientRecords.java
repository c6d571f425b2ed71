package org.techleadership.advisor.consultant;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.consultant.internal.ClientRepository;
import org.techleadership.advisor.questionnaire.LeadForm;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.DraftDeletions;
import org.techleadership.advisor.questionnaire.QuestionnaireService;

/**
 * A consultant's client records and their invitations. Every method is scoped to the consultant:
 * another consultant's client is not found, whatever id is guessed.
 */
@Service
public class ClientRecords {

    private final ClientRepository clients;
    private final QuestionnaireService questionnaires;
    private final DraftDeletions deletions;
    private final ApplicationEventPublisher events;
    private final AssessmentService assessments;
    private final Clock clock = Clock.systemUTC();

    ClientRecords(ClientRepository clients, QuestionnaireService questionnaires, DraftDeletions deletions,
                  AssessmentService assessments, ApplicationEventPublisher events) {
        this.deletions = deletions;
        this.assessments = assessments;
        this.clients = clients;
        this.questionnaires = questionnaires;
        this.events = events;
    }

    /** A new client record with its first invitation. */
    @Transactional
    public QuestionnaireDraft create(long consultantId, ClientDetails details) {
        Client client = clients.save(new Client(consultantId, details, Client.Source.INVITATION, Instant.now(clock)));
        return questionnaires.invite(client.getName(), consultantId, client.getId(), client.isReviewFirst());
    }

    /** A client who came through the consultant's own questionnaire link and left their details. */
    @Transactional
    public Client lead(long consultantId, ClientDetails details, boolean consented) {
        Instant now = Instant.now(clock);
        Client client = new Client(consultantId, details, Client.Source.PUBLIC_LINK, now);
        if (consented) {
            client.consented(now);
        }
        return clients.save(client);
    }

    /**
     * The person who answered through a practice's own link left their details: a client record
     * of the link's consultant (named after the company, else the person), which their questionnaire
     * and its take now belong to. The draft's row is locked first, so a second post of the form (a
     * double click, an old tab) finds it has its client and makes none. Empty then, or when there
     * is no such questionnaire.
     */
    @Transactional
    public Optional<Client> leadFrom(String token, LeadForm form) {
        return questionnaires.awaitingLead(token).map(draft -> {
            Client client = lead(draft.getConsultantId(), new ClientDetails(form.clientName(), form.getName(),
                    form.getEmail(), null, false), form.isConsent());
            questionnaires.becameLead(draft, client.getId(), client.getName());
            return client;
        });
    }

    /** Every active client, of any consultant, who may get a reminder. */
    @Transactional(readOnly = true)
    List<Client> remindable() {
        return clients.findByRemindersTrueAndContactEmailNotNullAndArchivedAtIsNull();
    }

    @Transactional(readOnly = true)
    public List<Client> all(long consultantId) {
        return clients.findByConsultantId(consultantId);
    }

    @Transactional(readOnly = true)
    public Optional<Client> find(long consultantId, long clientId) {
        return clients.findByIdAndConsultantId(clientId, consultantId);
    }

    /** Other clients of this consultant whose name reads the same (case and accents aside). */
    @Transactional(readOnly = true)
    public List<Client> namedLike(long consultantId, String name, Long except) {
        String folded = ClientSearch.folded(name.strip());
        return clients.findByConsultantId(consultantId).stream()
                .filter(c -> !c.getId().equals(except) && ClientSearch.folded(c.getName()).equals(folded)).toList();
    }

    /** A new invitation for an existing client: its takes join the same history. Empty when not theirs. */
    @Transactional
    public Optional<QuestionnaireDraft> reinvite(long consultantId, long clientId) {
        return find(consultantId, clientId).map(client -> {
            client.touched(Instant.now(clock));
            return questionnaires.invite(client.getName(), consultantId, client.getId(), client.isReviewFirst());
        });
    }

    /**
     * New name, contact, notes or settings; a new name shows on the client's invitations too, and
     * "review first" applies to the takes their invitations make from now on. False when not theirs.
     */
    @Transactional
    public boolean describe(long consultantId, long clientId, ClientDetails details) {
        Optional<Client> found = find(consultantId, clientId);
        found.ifPresent(client -> {
            boolean renamed = !client.getName().equals(details.name().strip());
            boolean reviewChanged = client.isReviewFirst() != details.reviewFirst();
            client.describe(details, Instant.now(clock));
            if (reviewChanged) {
                questionnaires.reviewFirst(consultantId, clientId, client.isReviewFirst());
            }
            if (renamed) {
                questionnaires.relabel(consultantId, clientId, client.getName());
                assessments.relabel(consultantId, questionnaires.ofClient(consultantId, clientId).stream()
                        .map(QuestionnaireDraft::getId).toList(), client.getName());
            }
        });
        return found.isPresent();
    }

    @Transactional
    public boolean archive(long consultantId, long clientId, boolean archived) {
        Optional<Client> found = find(consultantId, clientId);
        found.ifPresent(client -> {
            if (archived) {
                client.archive(Instant.now(clock));
            } else {
                client.unarchive(Instant.now(clock));
            }
        });
        return found.isPresent();
    }

    /** False when the invitation is not one of this client's, or already finished. */
    @Transactional
    public boolean cancelInvitation(long consultantId, long clientId, long draftId) {
        boolean ours = questionnaires.ofConsultant(consultantId, draftId)
                .filter(d -> Long.valueOf(clientId).equals(d.getClientId())).isPresent();
        return ours && questionnaires.cancel(consultantId, draftId);
    }

    /**
     * Deletes the client with everything under it: invitations, answers, takes, advice and notes;
     * its team assessments go on {@link ClientDeleted}, in this transaction.
     * Their links then say "deleted". False when not theirs.
     */
    @Transactional
    public boolean delete(long consultantId, long clientId) {
        Optional<Client> found = find(consultantId, clientId);
        found.ifPresent(client -> {
            for (QuestionnaireDraft invitation : questionnaires.ofClient(consultantId, clientId)) {
                deletions.deleteInvitation(consultantId, invitation.getId());
            }
            clients.delete(client);
            events.publishEvent(new ClientDeleted(consultantId, clientId));
        });
        return found.isPresent();
    }
}
