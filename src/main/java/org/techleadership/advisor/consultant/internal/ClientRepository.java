package org.techleadership.advisor.consultant.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.techleadership.advisor.consultant.Client;

public interface ClientRepository extends JpaRepository<Client, Long> {

    List<Client> findByConsultantId(long consultantId);

    Optional<Client> findByIdAndConsultantId(Long id, long consultantId);

    List<Client> findByRemindersTrueAndContactEmailNotNullAndArchivedAtIsNull();
}
