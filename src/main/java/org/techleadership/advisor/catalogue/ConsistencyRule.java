package org.techleadership.advisor.catalogue;

import java.util.List;

/**
 * Answers that rarely go together (1–10 employees with 30+ technical staff, say): catalogue data,
 * edited and versioned with the rest. When every one of its answers was given, the message is shown
 * before the result and with it, and the API returns it as a warning; the answers are still scored.
 */
public record ConsistencyRule(String key, List<Answer> answers, String message) {

    public ConsistencyRule {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** One answer of the pair: a question key and one of its option keys. */
    public record Answer(String question, String option) {}
}
