package org.techleadership.advisor.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.techleadership.advisor.assessment.StoredRecommendation;
import org.techleadership.advisor.assessment.StoredRecommendation.AnswerMap;
import org.techleadership.advisor.assessment.StoredRecommendation.AnsweredQuestion;
import org.techleadership.advisor.assessment.StoredRecommendation.Difference;
import org.techleadership.advisor.assessment.StoredRecommendation.Fit;
import org.techleadership.advisor.assessment.StoredRecommendation.Kpi;
import org.techleadership.advisor.assessment.StoredRecommendation.NextStep;
import org.techleadership.advisor.assessment.StoredRecommendation.Point;
import org.techleadership.advisor.assessment.StoredRecommendation.ProfileDetails;
import org.techleadership.advisor.assessment.StoredRecommendation.Reason;
import org.techleadership.advisor.assessment.StoredRecommendation.Result;
import org.techleadership.advisor.assessment.StoredRecommendation.RolePoint;
import org.techleadership.advisor.assessment.StoredRecommendation.RunnerUp;
import org.techleadership.advisor.assessment.StoredRecommendation.WhatIf;
import org.techleadership.advisor.catalogue.AnswerCheck;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.scoring.Recommendation;
import org.techleadership.advisor.scoring.Recommender;

/**
 * The one place that turns answers into the recommendation every page and the API show, and the
 * one mapping from the scoring core's records to the stored schema. Sentences are worded here,
 * from messages.properties, never in the core.
 */
@Component
public class RecommendationBuilder {

    /** The stored text is English whatever the reader's language: it is what was shown on the day. */
    private static final Locale STORED = Locale.ROOT;

    private final MessageSource messages;

    RecommendationBuilder(MessageSource messages) {
        this.messages = messages;
    }

    public StoredRecommendation build(Catalogue catalogue, Answers answers) {
        Recommendation recommendation = Recommender.recommend(catalogue.scoringModel(), answers);
        RoleProfile primary = catalogue.profile(recommendation.primary().code());
        return new StoredRecommendation(StoredRecommendation.CURRENT_SCHEMA, result(catalogue, answers, recommendation), details(primary),
                answered(catalogue, answers), map(catalogue, answers, primary.code()), warnings(catalogue, answers));
    }

    /** The answers that rarely go together, as the catalogue words them today; empty when none apply. */
    private static List<StoredRecommendation.Warning> warnings(Catalogue catalogue, Answers answers) {
        return AnswerCheck.warnings(catalogue, answers.byQuestion()).stream()
                .map(rule -> new StoredRecommendation.Warning(rule.questions(),
                        rule.questions().stream().map(key -> catalogue.question(key) == null ? key
                                : catalogue.question(key).shortLabel()).toList(),
                        rule.message())).toList();
    }

    /** A role's details as the catalogue has them now, in the stored schema; null when it has no such role. */
    public ProfileDetails profile(Catalogue catalogue, String code) {
        RoleProfile profile = catalogue.profile(code);
        return profile == null ? null : details(profile);
    }

    private Result result(Catalogue catalogue, Answers answers, Recommendation r) {
        Recommendation.RunnerUp runnerUp = r.runnerUp();
        return new Result(r.catalogueVersion(), fit(r.primary()), r.ranking().stream().map(RecommendationBuilder::fit)
                .toList(), reasons(r.reasonsFor()), reasons(r.reasonsAgainst()),
                new RunnerUp(fit(runnerUp.profile()), runnerUp.gap(), runnerUp.differences().stream()
                        .map(d -> new Difference(d.questionKey(), d.question(), d.answer(), d.favoursCode(), d.favours(),
                                d.points(), d.text())).toList()),
                r.whatIf().stream().map(w -> new WhatIf(w.questionKey(), w.question(), w.optionKey(), w.answer(),
                        fit(w.primary()), messages.getMessage("rec.whatIf.sentence",
                                new Object[] {w.condition(), w.primary().shortName()}, STORED))).toList(),
                closeCall(catalogue, answers, r.closeCall()));
    }

    private static StoredRecommendation.CloseCall closeCall(Catalogue catalogue, Answers answers,
                                                            Recommendation.CloseCall close) {
        if (close == null) {
            return null;
        }
        return new StoredRecommendation.CloseCall(close.tie(), close.deciding().stream().map(key -> {
            Question q = catalogue.question(key);
            return new StoredRecommendation.Deciding(key, q.prompt(), q.option(answers.get(key)).label());
        }).toList());
    }

    private static Fit fit(Recommendation.ProfileFit f) {
        return new Fit(f.code(), f.name(), f.shortName(), f.fit(), f.excluded(), f.excludedBecause());
    }

    private static List<Reason> reasons(List<Recommendation.Reason> reasons) {
        return reasons.stream().map(x -> new Reason(x.questionKey(), x.question(), x.optionKey(), x.answer(),
                x.weight(), x.text())).toList();
    }

    private static ProfileDetails details(RoleProfile p) {
        return new ProfileDetails(p.code(), p.name(), p.shortName(), p.summary(), p.focus(), p.looks(), p.measuredOn(),
                p.engagement(), p.timeCommitment(), p.chooseIf(), List.copyOf(p.responsibilities()),
                p.kpis().stream().map(k -> new Kpi(k.name(), k.description())).toList(),
                p.nextSteps().stream().map(s -> new NextStep(s.horizon(), s.text())).toList(),
                p.costs().isEmpty() ? null : p.costs().stream().map(c -> new StoredRecommendation.Cost(c.region(),
                        c.currency(), c.basis(), c.low(), c.high(), c.unit(), c.timeToStart(), c.year(), List.copyOf(c.sources()),
                        c.note())).toList(),
                p.brief() == null ? null : new StoredRecommendation.Brief(p.brief().reportingLine(),
                        p.brief().firstTargets().stream().map(t -> new StoredRecommendation.KpiTarget(t.kpi(),
                                t.firstTarget())).toList(), p.brief().questions(), p.brief().redFlags(),
                        p.brief().first90Days()));
    }

    private static List<AnsweredQuestion> answered(Catalogue catalogue, Answers answers) {
        List<AnsweredQuestion> answered = new ArrayList<>();
        for (Question q : catalogue.questions()) {
            Question.AnswerOption option = q.option(answers.get(q.key()));
            answered.add(new AnsweredQuestion(q.key(), q.prompt(), q.shortLabel(), option.key(), option.label()));
        }
        return List.copyOf(answered);
    }

    private static AnswerMap map(Catalogue catalogue, Answers answers, String recommended) {
        List<Integer> outward = new ArrayList<>();
        List<Integer> fullTime = new ArrayList<>();
        for (Question q : catalogue.questions()) {
            Question.AnswerOption option = q.option(answers.get(q.key()));
            if (option.leanOutward() != null) {
                outward.add(option.leanOutward());
            }
            if (option.leanFullTime() != null) {
                fullTime.add(option.leanFullTime());
            }
        }
        // leans run from -2 to 2: outward maps onto -100..100, full-time onto 0..100
        Point you = new Point((int) Math.round(mean(outward) * 50), (int) Math.round(50 + mean(fullTime) * 25));
        List<RolePoint> roles = catalogue.profiles().stream()
                .map(p -> new RolePoint(p.code(), p.shortName(), p.mapOutward(), p.mapFullTime(),
                        Objects.equals(p.code(), recommended)))
                .toList();
        return new AnswerMap(you, roles);
    }

    private static double mean(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
