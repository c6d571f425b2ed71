package org.techleadership.advisor.catalogue.editing;

import java.util.List;

import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.scoring.ScoringModel;

/**
 * The whole catalogue as one document: what is exported and imported as JSON, what a draft holds
 * while an admin edits it, and what each published version keeps.
 */
public record CatalogueDocument(int version, List<Step> steps, List<QuestionDoc> questions, List<ProfileDoc> profiles,
                                List<RuleDoc> rules) {

    public record Step(int step, String title, String intro) {}

    public record QuestionDoc(String key, int step, String prompt, String help, String shortLabel,
                              List<OptionDoc> options) {}

    public record OptionDoc(String key, String label, String hint, String whatIf, Integer leanOutward,
                            Integer leanFullTime) {}

    public record ProfileDoc(String code, String name, String shortName, String summary, String focus, String looks,
                             String measuredOn, String engagement, String timeCommitment, String chooseIf,
                             int mapOutward, int mapFullTime, List<String> responsibilities, List<KpiDoc> kpis,
                             List<NextStepDoc> nextSteps) {}

    public record KpiDoc(String name, String description) {}

    public record NextStepDoc(String horizon, String text) {}

    public record RuleDoc(String question, String option, String profile, int weight, boolean excludes,
                          String reason) {}

    public static CatalogueDocument of(Catalogue catalogue) {
        return new CatalogueDocument(catalogue.version(),
                catalogue.steps().stream().map(s -> new Step(s.getStep(), s.getTitle(), s.getIntro())).toList(),
                catalogue.questions().stream().map(CatalogueDocument::question).toList(),
                catalogue.profiles().stream().map(CatalogueDocument::profile).toList(),
                catalogue.scoringModel().rules().stream().map(r -> new RuleDoc(r.questionKey(), r.optionKey(),
                        r.profileCode(), r.weight(), r.excludes(), r.reason())).toList());
    }

    private static QuestionDoc question(Question q) {
        return new QuestionDoc(q.getKey(), q.getStep(), q.getPrompt(), q.getHelp(), q.getShortLabel(),
                q.getOptions().stream().map(o -> new OptionDoc(o.key(), o.label(), o.hint(), o.whatIf(),
                        o.leanOutward(), o.leanFullTime())).toList());
    }

    private static ProfileDoc profile(RoleProfile p) {
        return new ProfileDoc(p.getCode(), p.getName(), p.getShortName(), p.getSummary(), p.getFocus(), p.getLooks(),
                p.getMeasuredOn(), p.getEngagement(), p.getTimeCommitment(), p.getChooseIf(), p.getMapOutward(),
                p.getMapFullTime(), List.copyOf(p.getResponsibilities()),
                p.getKpis().stream().map(k -> new KpiDoc(k.name(), k.description())).toList(),
                p.getNextSteps().stream().map(s -> new NextStepDoc(s.horizon(), s.text())).toList());
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

    public ProfileDoc profile(String code) {
        return profiles.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }

    public QuestionDoc question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst().orElse(null);
    }
}
