package org.techleadership.advisor.questionnaire.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;

public interface QuestionnaireDraftRepository extends JpaRepository<QuestionnaireDraft, Long> {

    Optional<QuestionnaireDraft> findByToken(String token);

    List<QuestionnaireDraft> findByConsultantIdOrderByCreatedAtDesc(Long consultantId);

    Optional<QuestionnaireDraft> findByIdAndConsultantId(Long id, Long consultantId);
}
