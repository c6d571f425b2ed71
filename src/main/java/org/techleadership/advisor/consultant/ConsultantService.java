package org.techleadership.advisor.consultant;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.questionnaire.Draft;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.scoring.Recommender;
import org.techleadership.advisor.questionnaire.DraftRepository;
import org.techleadership.advisor.questionnaire.DraftService;
import org.techleadership.advisor.sharing.Assessment;
import org.techleadership.advisor.sharing.AssessmentRepository;
import org.techleadership.advisor.sharing.AssessmentService;
import org.techleadership.advisor.sharing.SharePageChanged;
import org.techleadership.advisor.sharing.StoredAssessment;

/**
 * The consultant's workspace. Every read and write is scoped to the signed-in consultant: another
 * consultant's drafts and assessments are simply not found, whatever id is guessed.
 */
@Service
public class ConsultantService {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    private final DraftService draftService;
    private final DraftRepository drafts;
    private final AssessmentRepository assessments;
    private final AssessmentService assessmentService;
    private final CatalogueService catalogues;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    public ConsultantService(DraftService draftService, DraftRepository drafts, AssessmentRepository assessments,
                             AssessmentService assessmentService, CatalogueService catalogues,
                             ApplicationEventPublisher events) {
        this.events = events;
        this.draftService = draftService;
        this.drafts = drafts;
        this.assessments = assessments;
        this.assessmentService = assessmentService;
        this.catalogues = catalogues;
    }

    public Draft invite(long consultantId, String clientLabel) {
        return draftService.start(clientLabel.strip(), consultantId);
    }

    /** The consultant's clients, newest first (or oldest first), optionally filtered by client label. */
    @Transactional(readOnly = true)
    public List<ClientRow> dashboard(long consultantId, String search, boolean oldestFirst) {
        List<Draft> own = drafts.findByConsultantIdOrderByCreatedAtDesc(consultantId);
        Map<String, Assessment> latest = assessments.findByTokenIn(own.stream().map(Draft::getAssessmentToken)
                .filter(t -> t != null).toList()).stream()
                .collect(Collectors.toMap(Assessment::getToken, Function.identity()));
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<ClientRow> rows = new ArrayList<>();
        for (Draft draft : own) {
            String label = draft.getClientLabel() == null ? "" : draft.getClientLabel();
            if (!needle.isEmpty() && !label.toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            rows.add(row(draft, latest.get(draft.getAssessmentToken())));
        }
        if (oldestFirst) {
            rows.sort(Comparator.comparing(ClientRow::createdAt));
        }
        return rows;
    }

    private ClientRow row(Draft draft, Assessment done) {
        ClientRow.Status status = done != null ? ClientRow.Status.DONE
                : draft.getAnswers().isEmpty() ? ClientRow.Status.INVITED : ClientRow.Status.IN_PROGRESS;
        if (done == null) {
            return new ClientRow(draft.getId(), draft.getClientLabel(), draft.getCreatedAt(), status, draft.getToken(),
                    null, null, null, null, null, false);
        }
        StoredAssessment stored = assessmentService.stored(done);
        StoredAssessment.Advice advice = stored.advice();
        return new ClientRow(draft.getId(), draft.getClientLabel(), draft.getCreatedAt(), status, draft.getToken(),
                done.getId(), done.getToken(), stored.view().recommendation().primary().name(), done.getPrimaryFit(),
                advice == null ? null : advice.name(), done.isRevoked());
    }

    @Transactional(readOnly = true)
    public Optional<ClientRow> client(long consultantId, long draftId) {
        return drafts.findByIdAndConsultantId(draftId, consultantId).map(draft -> row(draft,
                draft.getAssessmentToken() == null ? null : assessments.findByToken(draft.getAssessmentToken()).orElse(null)));
    }

    @Transactional(readOnly = true)
    public Optional<StoredAssessment> assessment(long consultantId, long assessmentId) {
        return assessments.findByIdAndConsultantId(assessmentId, consultantId).map(assessmentService::stored);
    }

    /** A stored assessment scored again with today's catalogue: shown beside it, never saved over it. */
    public record Rerun(int version, String name, int fit, boolean same) {}

    @Transactional(readOnly = true)
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
    @Transactional(readOnly = true)
    public List<StoredAssessment> history(long consultantId, String clientLabel) {
        if (clientLabel == null) {
            return List.of();
        }
        return assessments.findByConsultantIdAndClientLabelIgnoreCaseOrderByCreatedAtDesc(consultantId, clientLabel)
                .stream().map(assessmentService::stored).toList();
    }

    /** False when the assessment is not this consultant's. A null code withdraws the advice. */
    @Transactional
    public boolean advise(long consultantId, long assessmentId, String code, String reason) {
        return assessments.findByIdAndConsultantId(assessmentId, consultantId).map(a -> {
            a.advise(code, reason == null ? null : reason.strip(), Instant.now(clock));
            events.publishEvent(new SharePageChanged(a.getToken()));
            return true;
        }).orElse(false);
    }

    @Transactional
    public boolean note(long consultantId, long assessmentId, String note) {
        return assessments.findByIdAndConsultantId(assessmentId, consultantId).map(a -> {
            a.note(note == null || note.isBlank() ? null : note.strip());
            return true;
        }).orElse(false);
    }

    @Transactional
    public boolean revoke(long consultantId, long assessmentId, boolean revoked) {
        return assessments.findByIdAndConsultantId(assessmentId, consultantId).map(a -> {
            if (revoked) {
                a.revoke(Instant.now(clock));
            } else {
                a.restore();
            }
            events.publishEvent(new SharePageChanged(a.getToken()));
            return true;
        }).orElse(false);
    }

    /** Both must be this consultant's; the earlier one (by date) comes first. */
    @Transactional(readOnly = true)
    public Optional<TakeComparison> compare(long consultantId, long firstId, long secondId) {
        Optional<StoredAssessment> first = assessment(consultantId, firstId);
        Optional<StoredAssessment> second = assessment(consultantId, secondId);
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        StoredAssessment earlier = first.get();
        StoredAssessment later = second.get();
        if (later.assessment().getCreatedAt().isBefore(earlier.assessment().getCreatedAt())) {
            StoredAssessment swap = earlier;
            earlier = later;
            later = swap;
        }
        List<TakeComparison.ChangedAnswer> changed = new ArrayList<>();
        for (Question q : catalogues.current().questions()) {
            String before = earlier.assessment().getAnswers().get(q.getKey());
            String after = later.assessment().getAnswers().get(q.getKey());
            if (before != null && !before.equals(after)) {
                changed.add(new TakeComparison.ChangedAnswer(q.getShortLabel(), label(q, before), label(q, after)));
            }
        }
        return Optional.of(new TakeComparison(take(earlier), take(later), changed));
    }

    private static String label(Question q, String optionKey) {
        Question.AnswerOption option = optionKey == null ? null : q.option(optionKey);
        return option == null ? String.valueOf(optionKey) : option.label();
    }

    private static TakeComparison.Take take(StoredAssessment stored) {
        StoredAssessment.Advice advice = stored.advice();
        return new TakeComparison.Take(stored.assessment().getId(), DATE.format(stored.assessment().getCreatedAt()),
                stored.view().recommendation().primary().name(), stored.view().recommendation().primary().fit(),
                advice == null ? null : advice.name());
    }
}
