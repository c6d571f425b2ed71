package org.techleadership.advisor.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.assessment.DeletedLinks;
import org.techleadership.advisor.assessment.LinkToken;
import org.techleadership.advisor.questionnaire.internal.QuestionnaireDraftRepository;

/**
 * Deletes a questionnaire with what it led to: the draft, its answers, the assessment and its share
 * link, and any result link waiting to be mailed. Only tombstones stay, so both links say "deleted".
 */
@Service
public class DraftDeletions {

    private final QuestionnaireDraftRepository drafts;
    private final AssessmentService assessments;
    private final DeletedLinks deleted;
    private final ResultLinkMail resultMail;
    private final Clock clock = Clock.systemUTC();

    DraftDeletions(QuestionnaireDraftRepository drafts, AssessmentService assessments, DeletedLinks deleted,
                   ResultLinkMail resultMail) {
        this.drafts = drafts;
        this.assessments = assessments;
        this.deleted = deleted;
        this.resultMail = resultMail;
    }

    /** The person behind this questionnaire link deletes what they answered. False when no such draft exists. */
    @Transactional
    public boolean delete(String token) {
        Optional<QuestionnaireDraft> found = LinkToken.looksValid(token) ? drafts.findWithAnswersByToken(token)
                : Optional.empty();
        found.ifPresent(draft -> delete(draft, DeletedLinks.DeletedBy.OWNER));
        return found.isPresent();
    }

    /** A consultant deletes an invitation of theirs with everything it led to. False when not theirs. */
    @Transactional
    public boolean deleteInvitation(long consultantId, long draftId) {
        Optional<QuestionnaireDraft> found = drafts.findByIdAndConsultantId(draftId, consultantId);
        found.ifPresent(draft -> {
            assessments.deleteOfDraft(consultantId, draftId);
            delete(draft, DeletedLinks.DeletedBy.CONSULTANT);
        });
        return found.isPresent();
    }

    private void delete(QuestionnaireDraft draft, DeletedLinks.DeletedBy by) {
        if (draft.getAssessmentToken() != null) {
            assessments.delete(draft.getAssessmentToken(), by);
        }
        resultMail.forget(draft);
        drafts.delete(draft);
        deleted.record(draft.getToken(), by, Instant.now(clock));
    }
}
