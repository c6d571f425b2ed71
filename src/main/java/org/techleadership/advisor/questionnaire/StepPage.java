package org.techleadership.advisor.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.system.KeptPages;

/**
 * A questionnaire step as a kept page: one mold per catalogue version, step and public address, with
 * the draft's token as a slot and every option's {@code checked} attribute as a flag.
 */
final class StepPage {

    /** The model attribute: question key to the keys of the options shown as chosen. */
    static final String CHOSEN = "chosen";
    private static final String TOKEN = "token";
    private static final String CHECKED = " checked=\"checked\"";

    private StepPage() {
    }

    static Map<String, Set<String>> chosen(Map<String, String> answers) {
        Map<String, Set<String>> chosen = new HashMap<>();
        answers.forEach((question, option) -> chosen.put(question, Set.of(option)));
        return chosen;
    }

    static KeptPages.Kept kept(Catalogue catalogue, int step, QuestionnaireDraft draft, String baseUrl) {
        List<Question> questions = catalogue.questionsOf(step);
        Map<String, Set<String>> all = new HashMap<>();
        List<Boolean> flags = new ArrayList<>();
        Map<String, String> answers = draft.getAnswers();
        for (Question question : questions) {
            List<String> keys = question.options().stream().map(Question.AnswerOption::key).toList();
            all.put(question.key(), Set.copyOf(keys));
            for (String key : keys) {
                flags.add(key.equals(answers.get(question.key())));
            }
        }
        return new KeptPages.Kept(List.of(catalogue.version(), step, baseUrl), Map.of(CHOSEN, all),
                Map.of(TOKEN, draft.getToken()), flags::get, CHECKED, flags.size());
    }
}
