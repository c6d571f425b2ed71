package org.techleadership.advisor.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.techleadership.advisor.scoring.ScoringModel;

/**
 * One published catalogue, read from its document and never changed: steps, questions, profiles
 * and the scoring model built from its rules. Pages and the API read it; nothing writes to it.
 */
public final class Catalogue {

    private final CatalogueDocument document;
    private final Map<String, Question> questionsByKey;
    private final Map<String, RoleProfile> profilesByCode;
    private final ScoringModel scoringModel;

    public Catalogue(CatalogueDocument document) {
        this.document = new CatalogueDocument(document.version(), List.copyOf(document.steps()),
                List.copyOf(document.questions()), List.copyOf(document.profiles()), List.copyOf(document.rules()),
                List.copyOf(document.consistency()), List.copyOf(document.sources()));
        this.questionsByKey = byKey(document.questions(), Question::key);
        this.profilesByCode = byKey(document.profiles(), RoleProfile::code);
        this.scoringModel = this.document.scoringModel();
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public CatalogueDocument document() { return document; }
    public int version() { return document.version(); }
    public List<QuestionnaireStep> steps() { return document.steps(); }
    public List<Question> questions() { return document.questions(); }
    public List<RoleProfile> profiles() { return document.profiles(); }
    public ScoringModel scoringModel() { return scoringModel; }
    public List<ConsistencyRule> consistency() { return document.consistency(); }
    public List<PriceSource> sources() { return document.sources(); }

    /** Source keys and their sources, for the PDF's list of addresses. */
    public Map<String, PriceSource> sourcesByKey() {
        return byKey(document.sources(), PriceSource::key);
    }

    /** The figures citing a source, as "Fractional CTO, UK", in the profiles' order. */
    public List<String> citing(String sourceKey) {
        return document.profiles().stream().flatMap(p -> p.costs().stream()
                .filter(c -> c.sources().contains(sourceKey))
                .map(c -> p.name() + ", " + (c.region().equals("EU") ? "euro area" : c.region()))).toList();
    }

    public int stepCount() {
        return document.steps().size();
    }

    public boolean hasStep(int step) {
        return step >= 1 && step <= stepCount();
    }

    public QuestionnaireStep step(int step) {
        return document.steps().get(step - 1);
    }

    public List<Question> questionsOf(int step) {
        return document.questions().stream().filter(q -> q.step() == step).toList();
    }

    public Question question(String key) {
        return questionsByKey.get(key);
    }

    public RoleProfile profile(String code) {
        return profilesByCode.get(code);
    }
}
