package org.techleadership.advisor.sharing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    public AssessmentService(CatalogueService catalogues, RecommendationViews views,
                             AssessmentRepository assessments, JsonMapper json, MeterRegistry meters) {
        this.catalogues = catalogues;
        this.views = views;
        this.assessments = assessments;
        this.json = json;
        this.meters = meters;
    }

    /** Answers must already be complete and valid for the current catalogue. */
    @Transactional
    public StoredAssessment create(Answers answers, String clientLabel) {
        Catalogue catalogue = catalogues.current();
        RecommendationView view = views.build(catalogue, answers);
        // databases keep fewer fractional digits than Instant: store what reads back identically
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Assessment assessment = assessments.save(new Assessment(ShareToken.next(), clientLabel, now,
                catalogue.version(), view.recommendation().primary().code(), view.recommendation().primary().fit(),
                json.writeValueAsString(view), answers.byQuestion()));
        meters.counter("advisor.assessments.completed", "recommendation", assessment.getPrimaryCode()).increment();
        return new StoredAssessment(assessment, view);
    }

    @Transactional(readOnly = true)
    public Optional<StoredAssessment> find(String token) {
        if (!ShareToken.looksValid(token)) {
            return Optional.empty();
        }
        return assessments.findByToken(token)
                .map(a -> new StoredAssessment(a, json.readValue(a.getResultJson(), RecommendationView.class)));
    }
}
