package org.techleadership.advisor.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.assessment.internal.AssessmentRepository;
import org.techleadership.advisor.assessment.internal.AssessmentWriter;
import org.techleadership.advisor.assessment.internal.RecommendationBuilder;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.scoring.Answers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment's one door: makes assessments from complete answers, reads them back exactly as
 * they were made, and carries out every change to them. Changes by a consultant are scoped to
 * that consultant: another consultant's assessment is simply not found, whatever id is guessed.
 */
@Service
public class AssessmentService {

    private final CatalogueService catalogues;
    private final RecommendationBuilder builder;
    private final AssessmentRepository assessments;
    private final AssessmentWriter writer;
    private final AccountService accounts;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final DeletedLinks deleted;
    private final Clock clock = Clock.systemUTC();

    AssessmentService(CatalogueService catalogues, RecommendationBuilder builder, AssessmentRepository assessments,
                      AssessmentWriter writer, AccountService accounts, JsonMapper json, MeterRegistry meters,
                      DeletedLinks deleted) {
        this.deleted = deleted;
        this.catalogues = catalogues;
        this.builder = builder;
        this.assessments = assessments;
        this.writer = writer;
        this.accounts = accounts;
        this.json = json;
        this.meters = meters;
    }

    /** Answers must already be complete and valid for the current catalogue. */
    public AssessmentResult create(Answers answers, String clientLabel) {
        return create(answers, clientLabel, null, null);
    }

    /**
     * For a consultant's client: the assessment joins the consultant's workspace. Returns once the
     * assessment is committed, or, when called inside a transaction, once it is part of it.
     */
    public AssessmentResult create(Answers answers, String clientLabel, Long consultantId, Long draftId) {
        return create(answers, clientLabel, consultantId, draftId, false);
    }

    /** As above; held: no link shows it until the consultant adds advice and releases it. */
    public AssessmentResult create(Answers answers, String clientLabel, Long consultantId, Long draftId, boolean held) {
        try {
            return createLater(answers, clientLabel, consultantId, draftId, held).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /**
     * As {@link #create(Answers, String)}, but the calling thread does not wait for the commit: the
     * recommendation is worked out on it, and the future completes once the assessment is stored.
     */
    public CompletableFuture<AssessmentResult> createLater(Answers answers, String clientLabel) {
        return createLater(answers, clientLabel, null, null, false);
    }

    private CompletableFuture<AssessmentResult> createLater(Answers answers, String clientLabel, Long consultantId,
                                                            Long draftId, boolean held) {
        Catalogue catalogue = catalogues.current();
        StoredRecommendation view = builder.build(catalogue, answers);
        // databases keep fewer fractional digits than Instant: store what reads back identically
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String viewJson = json.writeValueAsString(view);
        AssessmentResult.PreparedBy preparedBy = preparedBy(consultantId);
        return writer.storeLater(() -> new Assessment(LinkToken.next(), clientLabel, now,
                catalogue.version(), view.recommendation().primary().code(), view.recommendation().primary().fit(),
                viewJson, answers.byQuestion(), consultantId, draftId, held)).thenApply(assessment -> {
                    meters.counter("advisor.assessments.completed", "recommendation", assessment.getPrimaryCode())
                            .increment();
                    return new AssessmentResult(assessment, view, preparedBy);
                });
    }

    /**
     * The recommendation behind a link, for anyone who holds its token: the share page, its PDF, the
     * API and the owner's result page all read it here, and none of them may show a withdrawn one,
     * nor one its consultant holds for review.
     */
    @Transactional(readOnly = true)
    public AssessmentResult findShared(String token) {
        Assessment assessment = (LinkToken.looksValid(token) ? assessments.findByToken(token) : Optional.<Assessment>empty())
                .orElseThrow(() -> {
                    deleted.throwIfDeleted(token);
                    return new AssessmentNotFoundException();
                });
        if (assessment.isWithdrawn()) {
            throw new RecommendationWithdrawnException();
        }
        if (assessment.isHeld()) {
            throw new RecommendationHeldException(preparedBy(assessment.getConsultantId()));
        }
        return result(assessment);
    }

    /** The answers an assessment was made from, whatever its state; empty when there is none. */
    @Transactional(readOnly = true)
    public Map<String, String> answersOf(String token) {
        return assessments.findByToken(token).map(a -> Map.copyOf(a.getAnswers())).orElse(Map.of());
    }

    /** The "has it changed" stamp of the assessment behind a token: its version; empty when unknown. */
    @Transactional(readOnly = true)
    public Optional<Long> stamp(String token) {
        return assessments.findVersionByToken(token);
    }

    /** A consultant's own assessment, withdrawn or not. */
    @Transactional(readOnly = true)
    public Optional<AssessmentResult> findOwned(long consultantId, long assessmentId) {
        return assessments.findByIdAndConsultantId(assessmentId, consultantId).map(this::result);
    }

    @Transactional(readOnly = true)
    public List<AssessmentResult> findAll(Collection<String> tokens) {
        return tokens.isEmpty() ? List.of() : assessments.findByTokenIn(tokens).stream().map(this::result).toList();
    }

    /** Every take these invitations of this consultant's led to, newest first. */
    @Transactional(readOnly = true)
    public List<AssessmentResult> history(long consultantId, Collection<Long> draftIds) {
        if (draftIds.isEmpty()) {
            return List.of();
        }
        return assessments.findByConsultantIdAndDraftIdInOrderByCreatedAtDesc(consultantId, draftIds)
                .stream().map(this::result).toList();
    }

    /** A take of a consultant's: when, from which invitation, under which share link. */
    public record Take(String token, Long draftId, Instant createdAt) {}

    @Transactional(readOnly = true)
    public List<Take> takesOf(long consultantId) {
        return assessments.findByConsultantIdOrderByCreatedAtDesc(consultantId).stream()
                .map(a -> new Take(a.getToken(), a.getDraftId(), a.getCreatedAt())).toList();
    }

    /** The answers behind stored assessments (all, or one consultant's), newest first: for replays. */
    public record PastAnswers(String clientLabel, Instant createdAt, Answers answers) {}

    @Transactional(readOnly = true)
    public List<PastAnswers> pastAnswers(Long consultantId) {
        return (consultantId == null ? assessments.findAllByOrderByCreatedAtDesc()
                : assessments.findByConsultantIdOrderByCreatedAtDesc(consultantId)).stream()
                .map(a -> new PastAnswers(a.getClientLabel(), a.getCreatedAt(), new Answers(a.getAnswers()))).toList();
    }

    /**
     * The consultant's advice beside the computed role; a null code clears it. Another role than the
     * computed one is kept in full as the live catalogue has it now. False when not theirs.
     */
    @Transactional
    public boolean advise(long consultantId, long assessmentId, String code, String reason) {
        StoredRecommendation.ProfileDetails advised = code == null ? null : builder.profile(catalogues.current(), code);
        String advisedJson = advised == null ? null : json.writeValueAsString(advised);
        return change(consultantId, assessmentId, a -> a.advise(code, reason == null ? null : reason.strip(),
                advisedJson, Instant.now(clock)));
    }

    public enum Release { RELEASED, NEEDS_ADVICE, NOT_FOUND }

    /** A held take goes to its client; refused until advice is saved (what it was held for). */
    @Transactional
    public Release release(long consultantId, long assessmentId) {
        return assessments.findByIdAndConsultantId(assessmentId, consultantId).map(a -> {
            if (!a.release(Instant.now(clock))) {
                return Release.NEEDS_ADVICE;
            }
            assessments.save(a);
            return Release.RELEASED;
        }).orElse(Release.NOT_FOUND);
    }

    /** The client of these invitations was renamed: their takes say "Prepared for" the new name. */
    @Transactional
    public void relabel(long consultantId, Collection<Long> draftIds, String clientLabel) {
        if (!draftIds.isEmpty()) {
            assessments.findByConsultantIdAndDraftIdInOrderByCreatedAtDesc(consultantId, draftIds).forEach(a -> {
                a.relabel(clientLabel);
                assessments.save(a); // announces the change
            });
        }
    }

    @Transactional
    public boolean note(long consultantId, long assessmentId, String note) {
        return change(consultantId, assessmentId, a -> a.note(note == null || note.isBlank() ? null : note.strip()));
    }

    @Transactional
    public boolean withdraw(long consultantId, long assessmentId) {
        return change(consultantId, assessmentId, a -> a.withdraw(Instant.now(clock)));
    }

    @Transactional
    public boolean restore(long consultantId, long assessmentId) {
        return change(consultantId, assessmentId, Assessment::restore);
    }

    /**
     * Deletes the assessment behind this share link, answers, advice and note with it; only a
     * tombstone stays, so the link, its PDF and the API say "deleted" from now on. False when unknown.
     */
    @Transactional
    public boolean delete(String token, DeletedLinks.DeletedBy by) {
        Optional<Assessment> found = LinkToken.looksValid(token) ? assessments.findByToken(token) : Optional.empty();
        found.ifPresent(a -> delete(a, by));
        return found.isPresent();
    }

    /** Deletes every assessment a consultant's invitation led to; returns how many there were. */
    @Transactional
    public int deleteOfDraft(long consultantId, long draftId) {
        List<Assessment> found = assessments.findByConsultantIdAndDraftId(consultantId, draftId);
        found.forEach(a -> delete(a, DeletedLinks.DeletedBy.CONSULTANT));
        return found.size();
    }

    private void delete(Assessment assessment, DeletedLinks.DeletedBy by) {
        assessment.deleted();
        assessments.save(assessment); // publishes the change: a kept share page is dropped on commit
        assessments.delete(assessment);
        deleted.record(assessment.getToken(), by, Instant.now(clock));
        meters.counter("advisor.assessments.deleted", "by", by.name().toLowerCase(java.util.Locale.ROOT)).increment();
    }

    /** Saving through the repository is what publishes the events the aggregate registered. */
    private boolean change(long consultantId, long assessmentId, Consumer<Assessment> change) {
        return assessments.findByIdAndConsultantId(assessmentId, consultantId).map(a -> {
            change.accept(a);
            assessments.save(a);
            return true;
        }).orElse(false);
    }

    /** Read whole, answers too: callers use it after the transaction has ended. */
    private AssessmentResult result(Assessment a) {
        a.getAnswers().size();
        return new AssessmentResult(a, json.readValue(a.getResultJson(), StoredRecommendation.class),
                preparedBy(a.getConsultantId()), a.getAdviceProfileJson() == null ? null
                        : json.readValue(a.getAdviceProfileJson(), StoredRecommendation.ProfileDetails.class));
    }

    private AssessmentResult.PreparedBy preparedBy(Long consultantId) {
        if (consultantId == null) {
            return null;
        }
        return accounts.find(consultantId)
                .map(u -> new AssessmentResult.PreparedBy(u.getDisplayName(), u.getPracticeName())).orElse(null);
    }
}
