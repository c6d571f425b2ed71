package org.techleadership.advisor.catalogue;

import java.util.List;

import org.techleadership.advisor.scoring.ScoringModel;

/**
 * The whole catalogue as one document, and its one source of truth: each published version keeps
 * one, the live {@link Catalogue} is read from the newest, a draft holds one while an admin edits
 * it, and export and import use it as JSON. Its field names are that JSON's, so never rename one.
 */
public record CatalogueDocument(int version, List<QuestionnaireStep> steps, List<Question> questions,
                                List<RoleProfile> profiles, List<ScoringRule> rules,
                                List<ConsistencyRule> consistency, List<PriceSource> sources) {

    /** consistency and sources came with version 2: documents published before read them as empty. */
    public CatalogueDocument {
        consistency = consistency == null ? List.of() : consistency;
        sources = sources == null ? List.of() : sources;
    }

    /** A document without consistency rules or cost sources. */
    public CatalogueDocument(int version, List<QuestionnaireStep> steps, List<Question> questions,
                             List<RoleProfile> profiles, List<ScoringRule> rules) {
        this(version, steps, questions, profiles, rules, List.of(), List.of());
    }

    /** The scoring model this document would score with; throws IllegalArgumentException on a broken rule. */
    public ScoringModel scoringModel() {
        return new ScoringModel(version,
                profiles.stream().map(p -> new ScoringModel.Profile(p.code(), p.name(), p.shortName())).toList(),
                questions.stream().map(q -> new ScoringModel.Question(q.key(), q.shortLabel(), q.options().stream()
                        .map(o -> new ScoringModel.Option(o.key(), o.label(), o.whatIf())).toList())).toList(),
                rules.stream().map(r -> new ScoringModel.Rule(r.question(), r.option(), r.profile(), r.weight(),
                        r.excludes(), r.reason())).toList());
    }

    public CatalogueDocument withVersion(int newVersion) {
        return new CatalogueDocument(newVersion, steps, questions, profiles, rules, consistency, sources);
    }

    public CatalogueDocument withProfiles(List<RoleProfile> newProfiles) {
        return new CatalogueDocument(version, steps, questions, newProfiles, rules, consistency, sources);
    }

    public CatalogueDocument withQuestions(List<Question> newQuestions) {
        return new CatalogueDocument(version, steps, newQuestions, profiles, rules, consistency, sources);
    }

    public CatalogueDocument withRules(List<ScoringRule> newRules) {
        return new CatalogueDocument(version, steps, questions, profiles, newRules, consistency, sources);
    }

    public CatalogueDocument withConsistency(List<ConsistencyRule> newConsistency) {
        return new CatalogueDocument(version, steps, questions, profiles, rules, newConsistency, sources);
    }

    public CatalogueDocument withSources(List<PriceSource> newSources) {
        return new CatalogueDocument(version, steps, questions, profiles, rules, consistency, newSources);
    }

    public RoleProfile profile(String code) {
        return profiles.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }

    public Question question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst().orElse(null);
    }
}
