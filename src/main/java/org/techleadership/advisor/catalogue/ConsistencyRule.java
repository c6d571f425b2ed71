package org.techleadership.advisor.catalogue;

import java.util.List;

/**
 * Answers that rarely go together (1–10 employees with 30+ technical staff, say): catalogue data,
 * edited and versioned with the rest. When every one of its answers was given, the message is shown
 * before the result and with it, and the API returns it as a warning; the answers are still scored.
 * key names the rule for the admin pages; message is a gentle "Please check" saying what to check.
 */
public record ConsistencyRule(String key, List<Answer> answers, String message) {

    /** Fewer than two answers is no pair; the key names the rule in the admin's address bar. */
    public static final int MIN_ANSWERS = 2;
    public static final int MAX_KEY = 60;
    public static final int MAX_MESSAGE = 400;
    public static final String KEY_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    public ConsistencyRule {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** One answer of the pair: a question key and one of its option keys. */
    public record Answer(String question, String option) {}

    public List<String> questions() {
        return answers.stream().map(Answer::question).toList();
    }
}
