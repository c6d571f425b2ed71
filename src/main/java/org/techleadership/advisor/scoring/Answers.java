package org.techleadership.advisor.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One complete answer set: question key to option key. Checked against a model before scoring. */
public record Answers(Map<String, String> byQuestion) {

    public Answers {
        byQuestion = Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion));
    }

    public String get(String questionKey) {
        return byQuestion.get(questionKey);
    }

    public Answers with(String questionKey, String optionKey) {
        Map<String, String> changed = new LinkedHashMap<>(byQuestion);
        changed.put(questionKey, optionKey);
        return new Answers(changed);
    }
}
