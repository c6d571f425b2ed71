package org.techleadership.advisor.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionRepository extends JpaRepository<Question, String> {

    List<Question> findAllByOrderByPosition();
}
