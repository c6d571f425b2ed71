package org.techleadership.advisor.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.AnswerCheck;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.sharing.AssessmentService;
import org.techleadership.advisor.sharing.ShareToken;
import org.techleadership.advisor.sharing.StoredAssessment;

/** Starts, saves and completes questionnaire drafts. */
@Service
public class DraftService {

    private final DraftRepository drafts;
    private final CatalogueService catalogues;
    private final AssessmentService assessments;
    private final Clock clock;
    private final Counter started;

    public DraftService(DraftRepository drafts, CatalogueService catalogues, AssessmentService assessments,
                        MeterRegistry meters) {
        this.drafts = drafts;
        this.catalogues = catalogues;
        this.assessments = assessments;
        this.clock = Clock.systemUTC();
        this.started = meters.counter("advisor.assessments.started");
    }

    @Transactional
    public Draft start(String clientLabel, Long consultantId) {
        Draft draft = drafts.save(new Draft(ShareToken.next(), clientLabel, consultantId, Instant.now(clock)));
        started.increment();
        return draft;
    }

    @Transactional(readOnly = true)
    public Optional<Draft> find(String token) {
        if (!ShareToken.looksValid(token)) {
            return Optional.empty();
        }
        return drafts.findByToken(token).map(d -> {
            d.getAnswers().size(); // loaded while the transaction is open
            return d;
        });
    }

    /** What became of a submitted step. */
    public sealed interface Outcome {
        /** Go to this step (after next or back, or to the first earlier step left unanswered). */
        record GoTo(int step, boolean incomplete) implements Outcome {}
        /** Stay on the step: these questions need an answer. */
        record Problems(Draft draft, Map<String, String> problems) implements Outcome {}
        /** Answers kept; the person wants the continue-later link. */
        record Saved(Draft draft) implements Outcome {}
        /** Every answer given: the assessment is made. */
        record Completed(StoredAssessment assessment) implements Outcome {}
    }

    public enum Action { NEXT, BACK, SAVE }

    /**
     * Keeps what was submitted for one step's questions (an answer the question does not have is
     * dropped, so it reads as unanswered), then moves on, back, or stays, as the action asks.
     */
    @Transactional
    public Outcome submit(String token, int step, Map<String, String> submitted, Action action) {
        Draft draft = drafts.findByToken(token).orElseThrow();
        draft.getAnswers().size(); // loaded here: the page is rendered after the transaction ends
        Catalogue catalogue = catalogues.current();
        for (Question q : catalogue.questionsOf(step)) {
            String chosen = submitted.get(q.getKey());
            if (chosen != null && !chosen.isBlank()) {
                draft.answer(q.getKey(), q.option(chosen) != null ? chosen : null);
            }
        }
        Instant now = Instant.now(clock);
        switch (action) {
            case BACK -> {
                draft.moveTo(Math.max(1, step - 1), now);
                return new Outcome.GoTo(draft.getCurrentStep(), false);
            }
            case SAVE -> {
                draft.moveTo(step, now);
                return new Outcome.Saved(draft);
            }
            default -> {
                Map<String, String> problems = AnswerCheck.problems(catalogue.questionsOf(step), draft.getAnswers());
                if (!problems.isEmpty()) {
                    draft.moveTo(step, now);
                    return new Outcome.Problems(draft, problems);
                }
                if (step < catalogue.stepCount()) {
                    draft.moveTo(step + 1, now);
                    return new Outcome.GoTo(step + 1, false);
                }
                for (int earlier = 1; earlier < step; earlier++) {
                    if (!AnswerCheck.problems(catalogue.questionsOf(earlier), draft.getAnswers()).isEmpty()) {
                        draft.moveTo(earlier, now);
                        return new Outcome.GoTo(earlier, true);
                    }
                }
                StoredAssessment stored = assessments.create(new Answers(draft.getAnswers()), draft.getClientLabel(),
                        draft.getConsultantId(), draft.getId());
                draft.completed(stored.assessment().getToken(), now);
                return new Outcome.Completed(stored);
            }
        }
    }
}
