package org.techleadership.advisor.consultant;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.techleadership.advisor.assessment.Assessment;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.QuestionnaireService;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.scoring.Recommender;

/**
 * The consultant's workspace. Every read and write is scoped to the signed-in consultant: another
 * consultant's drafts and assessments are simply not found, whatever id is guessed.
 */
@Service
public class ConsultantService {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    private final QuestionnaireService questionnaires;
    private final AssessmentService assessments;
    private final CatalogueService catalogues;
    private final ClientRecords clients;

    ConsultantService(QuestionnaireService questionnaires, AssessmentService assessments, CatalogueService catalogues,
                      ClientRecords clients) {
        this.clients = clients;
        this.questionnaires = questionnaires;
        this.assessments = assessments;
        this.catalogues = catalogues;
    }

    /** The consultant's clients (active or archived), newest first or oldest first, optionally filtered by name. */
    public List<ClientRow> dashboard(long consultantId, String search, boolean oldestFirst, boolean archived) {
        Map<Long, List<QuestionnaireDraft>> invitations = questionnaires.ofConsultant(consultantId).stream()
                .filter(d -> d.getClientId() != null)
                .collect(Collectors.groupingBy(QuestionnaireDraft::getClientId));
        Map<String, AssessmentResult> takes = assessments.findAll(invitations.values().stream().flatMap(List::stream)
                        .map(QuestionnaireDraft::getAssessmentToken).filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(r -> r.assessment().getToken(), Function.identity()));
        String needle = ClientSearch.folded(search == null ? "" : search.strip());
        List<ClientRow> rows = new ArrayList<>();
        for (Client client : clients.all(consultantId)) {
            if (client.isArchived() != archived || !needle.isEmpty() && !matches(client, needle)) {
                continue;
            }
            rows.add(row(client, invitations.getOrDefault(client.getId(), List.of()), takes));
        }
        Comparator<ClientRow> byActivity = Comparator.comparing(ClientRow::lastActivity);
        rows.sort(oldestFirst ? Comparator.comparing(ClientRow::createdAt) : byActivity.reversed());
        return rows;
    }

    private static boolean matches(Client client, String needle) {
        return ClientSearch.folded(client.getName()).contains(needle)
                || client.getContactName() != null && ClientSearch.folded(client.getContactName()).contains(needle);
    }

    /** invitations newest first; takes by share token (any superset of theirs). */
    private static ClientRow row(Client client, List<QuestionnaireDraft> invitations, Map<String, AssessmentResult> takes) {
        QuestionnaireDraft latest = invitations.isEmpty() ? null : invitations.get(0);
        AssessmentResult take = invitations.stream().map(QuestionnaireDraft::getAssessmentToken).filter(Objects::nonNull)
                .map(takes::get).filter(Objects::nonNull)
                .max(Comparator.comparing(r -> r.assessment().getCreatedAt())).orElse(null);
        ClientRow.Status status = latest == null ? ClientRow.Status.NOT_INVITED
                : latest.isCancelled() ? ClientRow.Status.CANCELLED
                : latest.isClosed() ? ClientRow.Status.DONE
                : latest.getAnswers().isEmpty() ? ClientRow.Status.INVITED
                : ClientRow.Status.IN_PROGRESS; // also answering again: the last take stays on the row
        Instant activity = client.getUpdatedAt();
        for (QuestionnaireDraft d : invitations) {
            activity = d.getUpdatedAt().isAfter(activity) ? d.getUpdatedAt() : activity;
        }
        Map<String, String> answers = status == ClientRow.Status.DONE && take != null ? take.assessment().getAnswers()
                : latest != null && !latest.getAnswers().isEmpty() ? latest.getAnswers()
                : take != null ? take.assessment().getAnswers() : Map.of();
        Assessment done = take == null ? null : take.assessment();
        AssessmentResult.Advice advice = take == null ? null : take.advice();
        return new ClientRow(client.getId(), client.getName(), client.getContactName(), client.getContactEmail(),
                client.getCreatedAt(), status, latest == null ? null : latest.getId(),
                latest == null ? null : latest.getToken(), latest == null ? 1 : latest.getCurrentStep(), activity,
                done == null ? null : done.getId(), done == null ? null : done.getToken(),
                take == null ? null : take.view().recommendation().primary().name(),
                done == null ? null : done.getPrimaryFit(), advice == null ? null : advice.name(),
                done != null && done.isWithdrawn(), done == null ? null : done.getCreatedAt(), client.isArchived(),
                client.getSource(), answers, done != null && done.isHeld());
    }

    /** One client's line, as on the dashboard. */
    public Optional<ClientRow> client(long consultantId, long clientId) {
        return clients.find(consultantId, clientId).map(client -> {
            List<QuestionnaireDraft> invitations = questionnaires.ofClient(consultantId, clientId);
            Map<String, AssessmentResult> takes = assessments.findAll(invitations.stream()
                            .map(QuestionnaireDraft::getAssessmentToken).filter(Objects::nonNull).toList()).stream()
                    .collect(Collectors.toMap(r -> r.assessment().getToken(), Function.identity()));
            return row(client, invitations, takes);
        });
    }

    /** The client's invitations, newest first. */
    public List<QuestionnaireDraft> invitations(long consultantId, long clientId) {
        return questionnaires.ofClient(consultantId, clientId);
    }

    /** The client an invitation of this consultant's belongs to: old addresses named the invitation. */
    public Optional<Long> clientOfInvitation(long consultantId, long draftId) {
        return questionnaires.ofConsultant(consultantId, draftId).map(QuestionnaireDraft::getClientId);
    }

    public Optional<AssessmentResult> assessment(long consultantId, long assessmentId) {
        return assessments.findOwned(consultantId, assessmentId);
    }

    /**
     * A stored assessment scored again with today's catalogue: shown beside it, never saved over it.
     * same: the same role first (a fit that moved alone is not a different recommendation).
     */
    public record Rerun(int version, String name, int fit, boolean same, boolean fitMoved) {}

    public Optional<Rerun> rerun(long consultantId, long assessmentId) {
        return assessment(consultantId, assessmentId).map(stored -> {
            var catalogue = catalogues.current();
            var today = Recommender.recommend(catalogue.scoringModel(), new Answers(stored.assessment().getAnswers()));
            return new Rerun(catalogue.version(), today.primary().name(), today.primary().fit(),
                    today.primary().code().equals(stored.assessment().getPrimaryCode()),
                    today.primary().fit() != stored.assessment().getPrimaryFit());
        });
    }

    /** Every take of this client, through any of its invitations, newest first. */
    public List<AssessmentResult> history(long consultantId, long clientId) {
        return assessments.history(consultantId, questionnaires.ofClient(consultantId, clientId).stream()
                .map(QuestionnaireDraft::getId).toList());
    }

    /** False when the assessment is not this consultant's. */
    public boolean advise(long consultantId, long assessmentId, String code, String reason) {
        return assessments.advise(consultantId, assessmentId, code, reason);
    }

    /** A held take goes to the client; refused until advice is saved. */
    public AssessmentService.Release release(long consultantId, long assessmentId) {
        return assessments.release(consultantId, assessmentId);
    }

    /** The client then sees only the questionnaire's result. False when the assessment is not this consultant's. */
    public boolean withdrawAdvice(long consultantId, long assessmentId) {
        return assessments.advise(consultantId, assessmentId, null, null);
    }

    public boolean note(long consultantId, long assessmentId, String note) {
        return assessments.note(consultantId, assessmentId, note);
    }

    public boolean revoke(long consultantId, long assessmentId, boolean revoked) {
        return revoked ? assessments.withdraw(consultantId, assessmentId) : assessments.restore(consultantId, assessmentId);
    }

    /** Both must be this consultant's; the earlier one (by date) comes first. */
    public Optional<TakeComparison> compare(long consultantId, long firstId, long secondId) {
        Optional<AssessmentResult> first = assessment(consultantId, firstId);
        Optional<AssessmentResult> second = assessment(consultantId, secondId);
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        AssessmentResult earlier = first.get();
        AssessmentResult later = second.get();
        if (later.assessment().getCreatedAt().isBefore(earlier.assessment().getCreatedAt())) {
            AssessmentResult swap = earlier;
            earlier = later;
            later = swap;
        }
        List<TakeComparison.ChangedAnswer> changed = new ArrayList<>();
        for (Question q : catalogues.current().questions()) {
            String before = earlier.assessment().getAnswers().get(q.key());
            String after = later.assessment().getAnswers().get(q.key());
            if (before != null && !before.equals(after)) {
                changed.add(new TakeComparison.ChangedAnswer(q.shortLabel(), label(q, before), label(q, after)));
            }
        }
        return Optional.of(new TakeComparison(take(earlier), take(later), changed));
    }

    private static String label(Question q, String optionKey) {
        Question.AnswerOption option = optionKey == null ? null : q.option(optionKey);
        return option == null ? String.valueOf(optionKey) : option.label();
    }

    private static TakeComparison.Take take(AssessmentResult stored) {
        AssessmentResult.Advice advice = stored.advice();
        return new TakeComparison.Take(stored.assessment().getId(), DATE.format(stored.assessment().getCreatedAt()),
                stored.view().recommendation().primary().name(), stored.view().recommendation().primary().fit(),
                advice == null ? null : advice.name());
    }
}
