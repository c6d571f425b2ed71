package org.techleadership.advisor.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoringRuleRepository extends JpaRepository<ScoringRule, Long> {

    List<ScoringRule> findAllByOrderById();
}
