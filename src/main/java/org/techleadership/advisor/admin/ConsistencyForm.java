package org.techleadership.advisor.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.Errors;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.ConsistencyRule;
import org.techleadership.advisor.catalogue.Question;

/**
 * A consistency rule as typed: its key, its message and a few answer rows, each the value
 * {@code question=OPTION} of one select (empty: no answer), so a field is named {@code answer[0]}
 * and its select's id is {@code answer-0}, where the error summary links.
 */
class ConsistencyForm {

    /** Rows offered: enough for a pair or a triple, and one more than a rule already has. */
    static final int MIN_ROWS = 3;

    private String key = "";
    private String message = "";
    private List<String> answer = new ArrayList<>();

    static ConsistencyForm empty() {
        ConsistencyForm form = new ConsistencyForm();
        form.pad();
        return form;
    }

    static ConsistencyForm of(ConsistencyRule rule) {
        ConsistencyForm form = new ConsistencyForm();
        form.key = rule.key();
        form.message = rule.message();
        rule.answers().forEach(a -> form.answer.add(a.question() + "=" + a.option()));
        form.answer.add("");
        form.pad();
        return form;
    }

    /** Never fewer rows than MIN_ROWS on the page, nor more than max, whatever came back from the browser. */
    void rows(int max) {
        if (answer.size() > max) {
            answer = new ArrayList<>(answer.subList(0, max));
        }
        pad();
    }

    private void pad() {
        while (answer.size() < MIN_ROWS) {
            answer.add("");
        }
    }

    /**
     * The rule as typed, checked against the working catalogue. What is wrong goes into errors on
     * the field at fault; keyTaken: another rule of the draft has this key already.
     */
    ConsistencyRule toRule(CatalogueDocument working, boolean keyTaken, Errors errors) {
        String k = strip(key);
        if (k.isEmpty()) {
            errors.rejectValue("key", "cat.consistency.key.required");
        } else if (!k.matches(ConsistencyRule.KEY_PATTERN) || k.length() > ConsistencyRule.MAX_KEY) {
            errors.rejectValue("key", "cat.consistency.key.form");
        } else if (keyTaken) {
            errors.rejectValue("key", "cat.consistency.key.taken", new Object[] {k}, null);
        }
        List<ConsistencyRule.Answer> answers = new ArrayList<>();
        Map<String, Integer> rowOfQuestion = new HashMap<>();
        int firstEmpty = -1;
        for (int row = 0; row < answer.size(); row++) {
            String typed = strip(answer.get(row));
            if (typed.isEmpty()) {
                firstEmpty = firstEmpty < 0 ? row : firstEmpty;
                continue;
            }
            String[] parts = typed.split("=", 2);
            Question q = parts.length == 2 ? working.question(parts[0]) : null;
            if (q == null || q.option(parts[1]) == null) {
                errors.rejectValue("answer[" + row + "]", "cat.consistency.answer.unknown");
            } else if (rowOfQuestion.putIfAbsent(q.key(), row) != null) {
                errors.rejectValue("answer[" + row + "]", "cat.consistency.answer.sameQuestion",
                        new Object[] {q.shortLabel()}, null);
            } else {
                answers.add(new ConsistencyRule.Answer(q.key(), parts[1]));
            }
        }
        long given = answer.stream().filter(a -> !strip(a).isEmpty()).count();
        if (given < ConsistencyRule.MIN_ANSWERS) {
            errors.rejectValue("answer[" + Math.max(firstEmpty, 0) + "]", "cat.consistency.answer.tooFew");
        }
        String m = strip(message);
        if (m.isEmpty()) {
            errors.rejectValue("message", "cat.consistency.message.required");
        } else if (m.length() > ConsistencyRule.MAX_MESSAGE) {
            errors.rejectValue("message", "cat.consistency.message.size");
        }
        return new ConsistencyRule(k, answers, m);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public List<String> getAnswer() { return answer; }
    public void setAnswer(List<String> answer) { this.answer = answer; }
}
