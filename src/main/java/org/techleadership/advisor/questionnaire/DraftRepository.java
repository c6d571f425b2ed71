package org.techleadership.advisor.questionnaire;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftRepository extends JpaRepository<Draft, Long> {

    Optional<Draft> findByToken(String token);

    List<Draft> findByConsultantIdOrderByCreatedAtDesc(Long consultantId);

    Optional<Draft> findByIdAndConsultantId(Long id, Long consultantId);
}
