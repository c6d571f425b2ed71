package org.techleadership.advisor.assessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.techleadership.advisor.assessment.Assessment;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByToken(String token);

    List<Assessment> findByTokenIn(Collection<String> tokens);

    Optional<Assessment> findByIdAndConsultantId(Long id, Long consultantId);

    List<Assessment> findByConsultantIdAndDraftIdInOrderByCreatedAtDesc(Long consultantId, Collection<Long> draftIds);

    @Query("select a.version from Assessment a where a.token = ?1")
    Optional<Long> findVersionByToken(String token);

    List<Assessment> findAllByOrderByCreatedAtDesc();

    List<Assessment> findByConsultantIdOrderByCreatedAtDesc(Long consultantId);

    List<Assessment> findByConsultantIdAndDraftId(Long consultantId, Long draftId);
}
