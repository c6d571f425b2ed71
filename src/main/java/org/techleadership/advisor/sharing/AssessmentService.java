package org.techleadership.advisor.sharing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.account.AppUserRepository;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.scoring.Answers;
import tools.jackson.databind.json.JsonMapper;

/** Makes assessments from complete answers and reads them back exactly as they were made. */
@Service
public class AssessmentService {

    private final CatalogueService catalogues;
    private final RecommendationViews views;
    private final AssessmentRepository assessments;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final AppUserRepository users;
    private final AssessmentWriter writer;

    public AssessmentService(CatalogueService catalogues, RecommendationViews views,
                             AssessmentRepository assessments, JsonMapper json, MeterRegistry meters,
                             AppUserRepository users, AssessmentWriter writer) {
        this.users = users;
        this.writer = writer;
        this.catalogues = catalogues;
        this.views = views;
        this.assessments = assessments;
        this.json = json;
        this.meters = meters;
    }

    /** Answers must already be complete and valid for the current catalogue. */
    public StoredAssessment create(Answers answers, String clientLabel) {
        return create(answers, clientLabel, null, null);
    }

    /**
     * For a consultant's client: the assessment joins the consultant's workspace. Returns once the
     * assessment is committed, or, when called inside a transaction, once it is part of it.
     */
    public StoredAssessment create(Answers answers, String clientLabel, Long consultantId, Long draftId) {
        Catalogue catalogue = catalogues.current();
        RecommendationView view = views.build(catalogue, answers);
        // databases keep fewer fractional digits than Instant: store what reads back identically
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String viewJson = json.writeValueAsString(view);
        Assessment assessment = writer.store(() -> new Assessment(ShareToken.next(), clientLabel, now,
                catalogue.version(), view.recommendation().primary().code(), view.recommendation().primary().fit(),
                viewJson, answers.byQuestion(), consultantId, draftId));
        meters.counter("advisor.assessments.completed", "recommendation", assessment.getPrimaryCode()).increment();
        return new StoredAssessment(assessment, view, preparedBy(consultantId));
    }

    @Transactional(readOnly = true)
    public Optional<StoredAssessment> find(String token) {
        if (!ShareToken.looksValid(token)) {
            return Optional.empty();
        }
        return assessments.findByToken(token).map(this::stored);
    }

    /** The stored view read back; the caller must own the assessment or hold its token. */
    @Transactional(readOnly = true)
    public StoredAssessment stored(Assessment a) {
        return new StoredAssessment(a, json.readValue(a.getResultJson(), RecommendationView.class),
                preparedBy(a.getConsultantId()));
    }

    private StoredAssessment.PreparedBy preparedBy(Long consultantId) {
        if (consultantId == null) {
            return null;
        }
        return users.findById(consultantId)
                .map(u -> new StoredAssessment.PreparedBy(u.getDisplayName(), u.getPracticeName())).orElse(null);
    }
}
