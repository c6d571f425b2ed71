package org.techleadership.advisor.questionnaire;

import java.util.List;
import java.util.Map;

import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.ConsistencyRule;
import org.techleadership.advisor.catalogue.Question;

/**
 * One entry of the last step's "Please check" panel: a consistency rule whose answers were all
 * given, its message, and each answer it names with the step to go back to and change it.
 */
record PleaseCheck(String message, List<Answer> answers) {

    record Answer(String questionKey, String question, String answer, int step) {}

    static List<PleaseCheck> of(Catalogue catalogue, List<ConsistencyRule> rules, Map<String, String> answers) {
        return rules.stream().map(rule -> new PleaseCheck(rule.message(), rule.answers().stream().map(a -> {
            Question q = catalogue.question(a.question());
            Question.AnswerOption chosen = q.option(answers.get(a.question()));
            return new Answer(q.key(), q.shortLabel(), chosen == null ? a.option() : chosen.label(), q.step());
        }).toList())).toList();
    }
}
