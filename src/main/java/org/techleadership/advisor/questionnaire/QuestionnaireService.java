package org.techleadership.advisor.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.AnswerCheck;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.ConsistencyRule;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.questionnaire.internal.QuestionnaireDraftRepository;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.assessment.LinkToken;
import org.techleadership.advisor.assessment.AssessmentResult;

/** Starts, saves and completes questionnaire drafts. */
@Service
public class QuestionnaireService {

    private final QuestionnaireDraftRepository drafts;
    private final DraftReads reads;
    private final CatalogueService catalogues;
    private final AssessmentService assessments;
    private final Clock clock;
    private final Counter started;
    private final ApplicationEventPublisher events;

    QuestionnaireService(QuestionnaireDraftRepository drafts, DraftReads reads, CatalogueService catalogues,
                         AssessmentService assessments, MeterRegistry meters, ApplicationEventPublisher events) {
        this.events = events;
        this.drafts = drafts;
        this.reads = reads;
        this.catalogues = catalogues;
        this.assessments = assessments;
        this.clock = Clock.systemUTC();
        this.started = meters.counter("advisor.assessments.started");
    }

    @Transactional
    public QuestionnaireDraft start(String clientLabel, Long consultantId) {
        QuestionnaireDraft draft = drafts.save(new QuestionnaireDraft(LinkToken.next(), clientLabel, consultantId, Instant.now(clock)));
        started.increment();
        return draft;
    }

    /**
     * A questionnaire from a practice's own link (/p/{slug}), for the practice's consultant: not an
     * invitation, and without a client until the person leaves their details ({@link #becameLead}).
     */
    @Transactional
    public QuestionnaireDraft startFromPublicLink(String slug, long consultantId) {
        QuestionnaireDraft draft = drafts.save(QuestionnaireDraft.fromPublicLink(LinkToken.next(), slug, consultantId,
                Instant.now(clock)));
        started.increment();
        return draft;
    }

    /**
     * The public-link questionnaire at this token, still without a client, its row locked for the
     * caller's transaction (which must be open): empty when there is none, or it has its client already.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<QuestionnaireDraft> awaitingLead(String token) {
        return (LinkToken.looksValid(token) ? drafts.findForUpdateByToken(token) : Optional.<QuestionnaireDraft>empty())
                .filter(QuestionnaireDraft::awaitsLead);
    }

    /**
     * The person left their details and became this client record: the questionnaire and its takes
     * carry the client's name from now on, and the consultant's dashboard lists it. Call it in the
     * transaction of {@link #awaitingLead}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void becameLead(QuestionnaireDraft draft, long clientId, String clientLabel) {
        if (!draft.awaitsLead()) {
            throw new IllegalStateException("Questionnaire " + draft.getId() + " has its client already");
        }
        draft.becameLead(clientId, clientLabel);
        assessments.relabel(draft.getConsultantId(), List.of(draft.getId()), clientLabel);
    }

    /** An invitation for one of a consultant's client records; reviewFirst: its takes are held for advice. */
    @Transactional
    public QuestionnaireDraft invite(String clientLabel, long consultantId, long clientId, boolean reviewFirst) {
        QuestionnaireDraft draft = new QuestionnaireDraft(LinkToken.next(), clientLabel, consultantId, clientId,
                Instant.now(clock));
        draft.reviewFirst(reviewFirst);
        started.increment();
        return drafts.save(draft);
    }

    /** The client's setting changed: takes made from now on through their invitations follow it. */
    @Transactional
    public void reviewFirst(long consultantId, long clientId, boolean reviewFirst) {
        drafts.findByConsultantIdAndClientIdOrderByCreatedAtDesc(consultantId, clientId)
                .forEach(d -> d.reviewFirst(reviewFirst));
    }

    /** A client record's invitations, newest first, with their answers. */
    @Transactional(readOnly = true)
    public List<QuestionnaireDraft> ofClient(long consultantId, long clientId) {
        List<QuestionnaireDraft> own = drafts.findByConsultantIdAndClientIdOrderByCreatedAtDesc(consultantId, clientId);
        own.forEach(d -> d.getAnswers().size());
        return own;
    }

    /** The client record was renamed: its invitations say "Prepared for" the new name. */
    @Transactional
    public void relabel(long consultantId, long clientId, String clientLabel) {
        drafts.findByConsultantIdAndClientIdOrderByCreatedAtDesc(consultantId, clientId)
                .forEach(d -> d.relabel(clientLabel));
    }

    /**
     * Cancels an invitation that has not led to a result: its link then says it was cancelled.
     * False when it is not this consultant's, or already finished (its share link can be withdrawn instead).
     */
    @Transactional
    public boolean cancel(long consultantId, long draftId) {
        Optional<QuestionnaireDraft> found = drafts.findByIdAndConsultantId(draftId, consultantId)
                .filter(d -> d.getAssessmentToken() == null);
        found.ifPresent(d -> d.cancel(Instant.now(clock)));
        return found.isPresent();
    }

    /** The draft and its answers, read in one query (a copy: changes go through {@link #submit}). */
    public Optional<QuestionnaireDraft> find(String token) {
        if (!LinkToken.looksValid(token)) {
            return Optional.empty();
        }
        return reads.find(token);
    }

    /** A consultant's invitations, newest first. */
    @Transactional(readOnly = true)
    public List<QuestionnaireDraft> ofConsultant(long consultantId) {
        List<QuestionnaireDraft> own = drafts.findByConsultantIdOrderByCreatedAtDesc(consultantId);
        own.forEach(d -> d.getAnswers().size()); // loaded while the transaction is open
        return own;
    }

    /** One of the consultant's invitations; empty when it is another consultant's. */
    @Transactional(readOnly = true)
    public Optional<QuestionnaireDraft> ofConsultant(long consultantId, long draftId) {
        return drafts.findByIdAndConsultantId(draftId, consultantId).map(d -> {
            d.getAnswers().size();
            return d;
        });
    }

    /** What became of a submitted step. */
    public sealed interface Outcome {
        /** Go to this step (after next or back, or to the first earlier step left unanswered). */
        record GoTo(int step, boolean incomplete) implements Outcome {}
        /** Stay on the step: these questions need an answer. */
        record Problems(QuestionnaireDraft draft, Map<String, String> problems) implements Outcome {}
        /** Answers kept; the person wants the continue-later link. */
        record Saved(QuestionnaireDraft draft) implements Outcome {}
        /** Every answer given, but some rarely go together: the person checks them first (or goes on with CONFIRM). */
        record Check(QuestionnaireDraft draft, List<ConsistencyRule> warnings) implements Outcome {}
        /** Every answer given: the assessment is made. */
        record Completed(AssessmentResult assessment) implements Outcome {}
        /** Already finished with these answers: no new assessment; the result is the one there was. */
        record Finished() implements Outcome {}
        /** An invitation another browser is answering: nothing was kept. */
        record InUse() implements Outcome {}
    }

    /** CONFIRM: next, going on as answered past the answers that rarely go together. */
    public enum Action { NEXT, BACK, SAVE, CONFIRM }

    /** "That was me, on another device": this browser's key becomes the invitation's. False when not found. */
    @Transactional
    public boolean continueHere(String token, String answererKey) {
        Optional<QuestionnaireDraft> found = LinkToken.looksValid(token) ? drafts.findWithAnswersByToken(token)
                : Optional.empty();
        found.ifPresent(draft -> draft.handOverTo(answererKey));
        return found.isPresent();
    }

    /**
     * Opens the steps of a finished questionnaire again, answers kept. The result it gave stays
     * what its links show until the person finishes with different answers (a new take). False
     * when there is no such draft; a draft not yet finished is left as it is.
     */
    @Transactional
    public boolean answerAgain(String token) {
        Optional<QuestionnaireDraft> found = LinkToken.looksValid(token) ? drafts.findWithAnswersByToken(token)
                : Optional.empty();
        found.filter(QuestionnaireDraft::isClosed).ifPresent(draft -> draft.answerAgain(Instant.now(clock)));
        return found.isPresent();
    }

    /**
     * Keeps what was submitted for one step's questions (an answer the question does not have is
     * dropped, so it reads as unanswered), then moves on, back, or stays, as the action asks.
     */
    @Transactional
    public Outcome submit(String token, int step, Map<String, String> submitted, Action action) {
        return submit(token, step, submitted, action, null);
    }

    /**
     * As above, from a browser holding answererKey: an invitation's first answer claims it for that
     * browser, and a browser without the key changes nothing (InUse).
     */
    @Transactional
    public Outcome submit(String token, int step, Map<String, String> submitted, Action action, String answererKey) {
        // with its answers in one query: the page is rendered after the transaction ends
        QuestionnaireDraft draft = (LinkToken.looksValid(token) ? drafts.findWithAnswersByToken(token)
                : Optional.<QuestionnaireDraft>empty())
                .orElseThrow(QuestionnaireDraftNotFoundException::new);
        if (draft.isCancelled()) {
            throw new InvitationCancelledException(draft);
        }
        if (draft.isClosed()) {
            // finished, and not opened again: a second press of the last button, an old tab, a
            // second person on the link; the result stays as it is, with its link
            return new Outcome.Finished();
        }
        if (answererKey != null && !draft.answerableBy(answererKey)) {
            return new Outcome.InUse();
        }
        draft.claimFor(answererKey);
        Catalogue catalogue = catalogues.current();
        for (Question q : catalogue.questionsOf(step)) {
            String chosen = submitted.get(q.key());
            if (chosen != null && !chosen.isBlank()) {
                draft.answer(q.key(), q.option(chosen) != null ? chosen : null);
            }
        }
        Instant now = Instant.now(clock);
        if (!draft.getAnswers().isEmpty() && draft.start(now) && draft.getConsultantId() != null) {
            events.publishEvent(new InvitationStarted(draft.getId(), draft.getConsultantId(), draft.getClientId(), now));
        }
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
                if (draft.getAssessmentToken() != null
                        && assessments.answersOf(draft.getAssessmentToken()).equals(draft.getAnswers())) {
                    draft.completed(draft.getAssessmentToken(), now); // answered again, nothing changed
                    return new Outcome.Finished();
                }
                List<ConsistencyRule> warnings = AnswerCheck.warnings(catalogue, draft.getAnswers());
                if (action != Action.CONFIRM && !warnings.isEmpty()) {
                    draft.moveTo(step, now);
                    return new Outcome.Check(draft, warnings);
                }
                AssessmentResult stored = assessments.create(new Answers(draft.getAnswers()), draft.getClientLabel(),
                        draft.getConsultantId(), draft.getId(), draft.isReviewFirst());
                draft.completed(stored.assessment().getToken(), now);
                if (draft.getConsultantId() != null) {
                    events.publishEvent(new InvitationFinished(draft.getId(), draft.getConsultantId(),
                            draft.getClientId(), stored.assessment().getId(), now));
                }
                return new Outcome.Completed(stored);
            }
        }
    }
}
