package org.techleadership.advisor.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.techleadership.advisor.scoring.ScoringModel;

/**
 * One published catalogue, fully loaded and never changed: steps, questions, profiles and the
 * scoring model built from its rules. Pages and the API read it; nothing writes to it.
 */
public final class Catalogue {

    private final int version;
    private final List<QuestionnaireStep> steps;
    private final List<Question> questions;
    private final List<RoleProfile> profiles;
    private final Map<String, Question> questionsByKey;
    private final Map<String, RoleProfile> profilesByCode;
    private final ScoringModel scoringModel;

    public Catalogue(int version, List<QuestionnaireStep> steps, List<Question> questions,
                     List<RoleProfile> profiles, List<ScoringRule> rules) {
        this.version = version;
        this.steps = List.copyOf(steps);
        this.questions = List.copyOf(questions);
        this.profiles = List.copyOf(profiles);
        this.questionsByKey = byKey(questions, Question::getKey);
        this.profilesByCode = byKey(profiles, RoleProfile::getCode);
        this.scoringModel = new ScoringModel(version,
                profiles.stream().map(p -> new ScoringModel.Profile(p.getCode(), p.getName(), p.getShortName()))
                        .toList(),
                questions.stream().map(q -> new ScoringModel.Question(q.getKey(), q.getShortLabel(),
                        q.getOptions().stream().map(o -> new ScoringModel.Option(o.key(), o.label(), o.whatIf()))
                                .toList())).toList(),
                rules.stream().map(r -> new ScoringModel.Rule(r.getQuestionKey(), r.getOptionKey(),
                        r.getProfileCode(), r.getWeight(), r.isExcludes(), r.getReason())).toList());
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public int version() { return version; }
    public List<QuestionnaireStep> steps() { return steps; }
    public List<Question> questions() { return questions; }
    public List<RoleProfile> profiles() { return profiles; }
    public ScoringModel scoringModel() { return scoringModel; }

    public int stepCount() {
        return steps.size();
    }

    public boolean hasStep(int step) {
        return step >= 1 && step <= steps.size();
    }

    public QuestionnaireStep step(int step) {
        return steps.get(step - 1);
    }

    public List<Question> questionsOf(int step) {
        return questions.stream().filter(q -> q.getStep() == step).toList();
    }

    public Question question(String key) {
        return questionsByKey.get(key);
    }

    public RoleProfile profile(String code) {
        return profilesByCode.get(code);
    }
}
