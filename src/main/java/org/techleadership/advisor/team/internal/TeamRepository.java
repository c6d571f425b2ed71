package org.techleadership.advisor.team.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.techleadership.advisor.team.TeamAssessment;

/** Reads fetch the members in the same query; every change locks the team's row first, so changes to one team queue. */
public interface TeamRepository extends JpaRepository<TeamAssessment, Long> {

    @Query("select distinct t from TeamAssessment t left join fetch t.members where t.token = ?1")
    Optional<TeamAssessment> findByToken(String token);

    @Query("select distinct t from TeamAssessment t left join fetch t.members where t.shareToken = ?1")
    Optional<TeamAssessment> findByShareToken(String shareToken);

    @Query("select t.id from TeamAssessment t where t.token = ?1")
    Optional<Long> idOfToken(String token);

    @Query("select m.team.id from TeamMember m where m.token = ?1")
    Optional<Long> idOfMemberToken(String memberToken);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TeamAssessment t where t.id = ?1")
    Optional<TeamAssessment> lock(long id);

    List<TeamAssessment> findByConsultantIdAndClientIdOrderByCreatedAtDesc(Long consultantId, Long clientId);

    List<TeamAssessment> findByConsultantIdAndClientId(Long consultantId, Long clientId);
}
