package org.techleadership.advisor.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.techleadership.advisor.scoring.Recommendation.Difference;
import org.techleadership.advisor.scoring.Recommendation.ProfileFit;
import org.techleadership.advisor.scoring.Recommendation.Reason;
import org.techleadership.advisor.scoring.Recommendation.RunnerUp;
import org.techleadership.advisor.scoring.Recommendation.WhatIf;
import org.techleadership.advisor.scoring.ScoringModel.Index;
import org.techleadership.advisor.scoring.ScoringModel.Option;
import org.techleadership.advisor.scoring.ScoringModel.Profile;
import org.techleadership.advisor.scoring.ScoringModel.Question;
import org.techleadership.advisor.scoring.ScoringModel.Rule;

/**
 * The rules service: adds up each profile's rule weights for the given answers. A profile with an
 * excluding rule is ruled out. The highest total wins; a tie goes to the profile listed first in
 * the catalogue (the lighter engagement, which can grow into the heavier one). Pure and
 * deterministic: the same model and answers always give the same recommendation.
 */
public final class Recommender {

    /**
     * Top two within this many fit points (out of 100) are a close call. On the seeded rules one
     * rule point is about 2.6 fit points, so this is "a tie or a single point apart".
     */
    public static final int CLOSE_CALL_MARGIN = 3;

    private Recommender() {
    }

    public static Recommendation recommend(ScoringModel model, Answers answers) {
        Index index = model.index();
        int[] chosen = optionIndexes(model, answers);
        Totals totals = totals(index, chosen, model.profiles().size());
        int[] order = order(totals);

        List<ProfileFit> ranking = new ArrayList<>();
        for (int p : order) {
            ranking.add(fit(model, index, totals, chosen, p));
        }
        int top = order[0];
        int second = order[1];
        RunnerUp runnerUp = runnerUp(model, index, chosen, totals, top, second, ranking.get(1));
        List<WhatIf> whatIf = whatIf(model, index, chosen, totals, top);
        return new Recommendation(model.version(), ranking.get(0), List.copyOf(ranking),
                reasons(model, index, chosen, top, true), reasons(model, index, chosen, top, false),
                runnerUp, whatIf, closeCall(totals, top, second, ranking, runnerUp, whatIf));
    }

    private static Recommendation.CloseCall closeCall(Totals totals, int top, int second, List<ProfileFit> ranking,
                                                      RunnerUp runnerUp, List<WhatIf> whatIf) {
        if (totals.excluded[second] || ranking.get(0).fit() - ranking.get(1).fit() > CLOSE_CALL_MARGIN) {
            return null;
        }
        String secondCode = ranking.get(1).code();
        List<String> deciding = whatIf.stream().filter(w -> w.primary().code().equals(secondCode))
                .map(WhatIf::questionKey).distinct().limit(2).toList();
        if (deciding.isEmpty()) {
            deciding = runnerUp.differences().stream()
                    .sorted(Comparator.comparingInt((Recommendation.Difference d) -> -d.points()))
                    .map(Recommendation.Difference::questionKey).distinct().limit(2).toList();
        }
        return new Recommendation.CloseCall(totals.score[top] == totals.score[second], deciding);
    }

    /** The winner's code alone, without the explanations: for bulk replays and property checks. */
    public static String primaryCode(ScoringModel model, Answers answers) {
        Index index = model.index();
        int[] chosen = optionIndexes(model, answers);
        return model.profiles().get(order(totals(index, chosen, model.profiles().size()))[0]).code();
    }

    private record Totals(int[] score, boolean[] excluded) {}

    static int[] optionIndexes(ScoringModel model, Answers answers) {
        Index index = model.index();
        int[] chosen = new int[model.questions().size()];
        for (int q = 0; q < chosen.length; q++) {
            String key = model.questions().get(q).key();
            Integer o = index.optionIndex.get(q).get(answers.get(key));
            if (o == null) {
                throw new IllegalArgumentException("No valid answer for question " + key);
            }
            chosen[q] = o;
        }
        return chosen;
    }

    private static Totals totals(Index index, int[] chosen, int profileCount) {
        int[] score = new int[profileCount];
        boolean[] excluded = new boolean[profileCount];
        for (int q = 0; q < chosen.length; q++) {
            int[] weights = index.weight[q][chosen[q]];
            boolean[] excludes = index.excludes[q][chosen[q]];
            for (int p = 0; p < profileCount; p++) {
                score[p] += weights[p];
                excluded[p] |= excludes[p];
            }
        }
        return new Totals(score, excluded);
    }

    /** Profile indexes best first: eligible before excluded, then by total, then by catalogue order. */
    private static int[] order(Totals totals) {
        int count = totals.score.length;
        Integer[] order = new Integer[count];
        for (int p = 0; p < count; p++) {
            order[p] = p;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(p -> totals.excluded[p] ? 1 : 0)
                .thenComparing(p -> -totals.score[p])
                .thenComparingInt(p -> p));
        return java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static ProfileFit fit(ScoringModel model, Index index, Totals totals, int[] chosen, int p) {
        Profile profile = model.profiles().get(p);
        if (!totals.excluded[p]) {
            return new ProfileFit(profile.code(), profile.name(), profile.shortName(), index.fit(totals.score[p]),
                    false, null);
        }
        String because = null;
        for (int q = 0; q < chosen.length && because == null; q++) {
            if (index.excludes[q][chosen[q]][p]) {
                because = index.rule[q][chosen[q]][p].reason();
            }
        }
        return new ProfileFit(profile.code(), profile.name(), profile.shortName(), 0, true, because);
    }

    private static List<Reason> reasons(ScoringModel model, Index index, int[] chosen, int p, boolean positive) {
        List<Reason> reasons = new ArrayList<>();
        for (int q = 0; q < chosen.length; q++) {
            Rule rule = index.rule[q][chosen[q]][p];
            if (rule == null || rule.excludes() || rule.weight() == 0 || (rule.weight() > 0) != positive) {
                continue;
            }
            Question question = model.questions().get(q);
            Option option = question.options().get(chosen[q]);
            reasons.add(new Reason(question.key(), question.label(), option.key(), option.label(), rule.weight(),
                    rule.reason()));
        }
        // strongest first; equal weights keep the questionnaire's order
        reasons.sort(Comparator.comparingInt((Reason r) -> -Math.abs(r.weight())));
        return List.copyOf(reasons);
    }

    private static RunnerUp runnerUp(ScoringModel model, Index index, int[] chosen, Totals totals, int top,
                                     int second, ProfileFit secondFit) {
        List<Difference> differences = new ArrayList<>();
        for (int q = 0; q < chosen.length; q++) {
            int delta = index.weight[q][chosen[q]][top] - index.weight[q][chosen[q]][second];
            if (delta == 0) {
                continue;
            }
            int favoured = delta > 0 ? top : second;
            Rule rule = index.rule[q][chosen[q]][favoured];
            Rule other = index.rule[q][chosen[q]][favoured == top ? second : top];
            // the favoured profile may have no rule when the other one was pushed down
            String text = rule != null && rule.weight() > 0 ? rule.reason() : other.reason();
            Question question = model.questions().get(q);
            Profile profile = model.profiles().get(favoured);
            differences.add(new Difference(question.key(), question.label(), question.options().get(chosen[q]).label(),
                    profile.code(), profile.shortName(), Math.abs(delta), text));
        }
        differences.sort(Comparator.comparingInt((Difference d) -> d.favoursCode().equals(
                model.profiles().get(top).code()) ? 0 : 1).thenComparingInt(d -> -d.points()));
        int gap = totals.excluded[second] ? 0 : totals.score[top] - totals.score[second];
        return new RunnerUp(secondFit, gap, List.copyOf(differences));
    }

    private static List<WhatIf> whatIf(ScoringModel model, Index index, int[] chosen, Totals totals, int top) {
        List<WhatIf> changes = new ArrayList<>();
        int profileCount = totals.score.length;
        for (int q = 0; q < chosen.length; q++) {
            Question question = model.questions().get(q);
            for (int o = 0; o < question.options().size(); o++) {
                if (o == chosen[q]) {
                    continue;
                }
                int[] alternative = chosen.clone();
                alternative[q] = o;
                Totals changed = totals(index, alternative, profileCount);
                int winner = order(changed)[0];
                if (winner == top) {
                    continue;
                }
                Option option = question.options().get(o);
                ProfileFit fit = fit(model, index, changed, alternative, winner);
                changes.add(new WhatIf(question.key(), question.label(), option.key(), option.label(), option.whatIf(),
                        fit));
            }
        }
        changes.sort(Comparator.comparingInt((WhatIf w) -> -w.primary().fit()));
        return List.copyOf(changes);
    }
}
