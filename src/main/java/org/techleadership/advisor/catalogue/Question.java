package org.techleadership.advisor.catalogue;

import java.util.List;

/** A question of the questionnaire; its key and its options' keys are part of the API contract. */
public record Question(String key, int step, String prompt, String help, String shortLabel,
                       List<AnswerOption> options) {

    /** lean values place an answer on the map: -2..2, null when the answer says nothing of that axis. */
    public record AnswerOption(String key, String label, String hint, String whatIf, Integer leanOutward,
                               Integer leanFullTime) {}

    public AnswerOption option(String optionKey) {
        if (options == null) {
            return null;
        }
        for (AnswerOption option : options) {
            if (option.key().equals(optionKey)) {
                return option;
            }
        }
        return null;
    }
}
