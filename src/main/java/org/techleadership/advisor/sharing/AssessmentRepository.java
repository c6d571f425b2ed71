package org.techleadership.advisor.sharing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByToken(String token);

    List<Assessment> findByTokenIn(Collection<String> tokens);

    Optional<Assessment> findByIdAndConsultantId(Long id, Long consultantId);

    List<Assessment> findByConsultantIdAndClientLabelIgnoreCaseOrderByCreatedAtDesc(Long consultantId, String clientLabel);
}
