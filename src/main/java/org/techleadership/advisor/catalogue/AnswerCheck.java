package org.techleadership.advisor.catalogue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Says what is wrong with a set of answers against a catalogue, question by question. */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    /** Problems for the given questions only: missing answers and options the question does not have. */
    public static Map<String, String> problems(Collection<Question> questions, Map<String, String> answers) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Question q : questions) {
            String chosen = answers.get(q.key());
            if (chosen == null || chosen.isBlank()) {
                problems.put(q.key(), "Choose one answer for \u201c" + q.shortLabel() + "\u201d.");
            } else if (q.option(chosen) == null) {
                problems.put(q.key(), "\u201c" + chosen + "\u201d is not one of the options; choose one of "
                        + optionKeys(q) + ".");
            }
        }
        return problems;
    }

    /**
     * The consistency rules of the catalogue whose answers were all given, in the catalogue's order:
     * answers that rarely go together. They are pointed out, never scored.
     */
    public static List<ConsistencyRule> warnings(Catalogue catalogue, Map<String, String> answers) {
        return catalogue.consistency().stream().filter(rule -> !rule.answers().isEmpty() && rule.answers().stream()
                .allMatch(a -> Objects.equals(answers.get(a.question()), a.option()))).toList();
    }

    public static String optionKeys(Question q) {
        return q.options().stream().map(Question.AnswerOption::key).collect(Collectors.joining(", "));
    }
}
