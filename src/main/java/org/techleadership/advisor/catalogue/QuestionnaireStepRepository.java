package org.techleadership.advisor.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionnaireStepRepository extends JpaRepository<QuestionnaireStep, Integer> {

    List<QuestionnaireStep> findAllByOrderByStep();
}
