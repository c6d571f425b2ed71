package org.techleadership.advisor.consultant;

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

    ConsultantService(QuestionnaireService questionnaires, AssessmentService assessments, CatalogueService catalogues) {
        this.questionnaires = questionnaires;
        this.assessments = assessments;
        this.catalogues = catalogues;
    }

    public QuestionnaireDraft invite(long consultantId, String clientLabel) {
        return questionnaires.start(clientLabel.strip(), consultantId);
    }

    /** Deletes this invitation of the consultant's, its answers and every assessment it led to. */
    public boolean deleteClient(long consultantId, long draftId) {
        return questionnaires.deleteInvitation(consultantId, draftId);
    }

    /** The consultant's clients, newest first (or oldest first), optionally filtered by client label. */
    public List<ClientRow> dashboard(long consultantId, String search, boolean oldestFirst) {
        List<QuestionnaireDraft> own = questionnaires.ofConsultant(consultantId);
        Map<String, AssessmentResult> latest = assessments.findAll(own.stream()
                        .map(QuestionnaireDraft::getAssessmentToken).filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(r -> r.assessment().getToken(), Function.identity()));
        String needle = ClientSearch.folded(search == null ? "" : search.strip());
        List<ClientRow> rows = new ArrayList<>();
        for (QuestionnaireDraft draft : own) {
            String label = draft.getClientLabel() == null ? "" : draft.getClientLabel();
            if (!needle.isEmpty() && !ClientSearch.folded(label).contains(needle)) {
                continue;
            }
            rows.add(row(draft, latest.get(draft.getAssessmentToken())));
        }
        if (oldestFirst) {
            rows.sort(Comparator.comparing(ClientRow::createdAt));
        }
        return rows;
    }

    private ClientRow row(QuestionnaireDraft draft, AssessmentResult stored) {
        ClientRow.Status status = stored != null ? ClientRow.Status.DONE
                : draft.getAnswers().isEmpty() ? ClientRow.Status.INVITED : ClientRow.Status.IN_PROGRESS;
        if (stored == null) {
            return new ClientRow(draft.getId(), draft.getClientLabel(), draft.getCreatedAt(), status, draft.getToken(),
                    null, null, null, null, null, false, draft.getCurrentStep(), draft.getUpdatedAt());
        }
        Assessment done = stored.assessment();
        AssessmentResult.Advice advice = stored.advice();
        return new ClientRow(draft.getId(), draft.getClientLabel(), draft.getCreatedAt(), status, draft.getToken(),
                done.getId(), done.getToken(), stored.view().recommendation().primary().name(), done.getPrimaryFit(),
                advice == null ? null : advice.name(), done.isWithdrawn(), draft.getCurrentStep(), draft.getUpdatedAt());
    }

    public Optional<ClientRow> client(long consultantId, long draftId) {
        return questionnaires.ofConsultant(consultantId, draftId).map(draft -> row(draft,
                draft.getAssessmentToken() == null ? null
                        : assessments.findAll(List.of(draft.getAssessmentToken())).stream().findFirst().orElse(null)));
    }

    public Optional<AssessmentResult> assessment(long consultantId, long assessmentId) {
        return assessments.findOwned(consultantId, assessmentId);
    }

    /** A stored assessment scored again with today's catalogue: shown beside it, never saved over it. */
    public record Rerun(int version, String name, int fit, boolean same) {}

    public Optional<Rerun> rerun(long consultantId, long assessmentId) {
        return assessment(consultantId, assessmentId).map(stored -> {
            var catalogue = catalogues.current();
            var today = Recommender.recommend(catalogue.scoringModel(), new Answers(stored.assessment().getAnswers()));
            return new Rerun(catalogue.version(), today.primary().name(), today.primary().fit(),
                    today.primary().code().equals(stored.assessment().getPrimaryCode())
                            && today.primary().fit() == stored.assessment().getPrimaryFit());
        });
    }

    /** Every take of this client by this consultant, newest first. */
    public List<AssessmentResult> history(long consultantId, String clientLabel) {
        return assessments.history(consultantId, clientLabel);
    }

    /** False when the assessment is not this consultant's. */
    public boolean advise(long consultantId, long assessmentId, String code, String reason) {
        return assessments.advise(consultantId, assessmentId, code, reason);
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
