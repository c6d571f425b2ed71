package org.techleadership.advisor.questionnaire.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;

public interface QuestionnaireDraftRepository extends JpaRepository<QuestionnaireDraft, Long> {

    /** The draft, its row locked until the transaction ends: two details posts for one draft make one client. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from QuestionnaireDraft d where d.token = ?1")
    Optional<QuestionnaireDraft> findForUpdateByToken(String token);

    /** The draft with its answers, in one query (a step page needs both). */
    @Query("select d from QuestionnaireDraft d left join fetch d.answers where d.token = ?1")
    Optional<QuestionnaireDraft> findWithAnswersByToken(String token);

    List<QuestionnaireDraft> findByConsultantIdOrderByCreatedAtDesc(Long consultantId);

    Optional<QuestionnaireDraft> findByIdAndConsultantId(Long id, Long consultantId);

    List<QuestionnaireDraft> findByConsultantIdAndClientIdOrderByCreatedAtDesc(Long consultantId, Long clientId);
}
