package org.techleadership.advisor.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.techleadership.advisor.scoring.Recommendation.ProfileFit;
import org.techleadership.advisor.scoring.ScoringModel.Index;
import org.techleadership.advisor.scoring.ScoringModel.Profile;
import org.techleadership.advisor.scoring.ScoringModel.Question;
import org.techleadership.advisor.scoring.TeamRecommendation.Basis;
import org.techleadership.advisor.scoring.TeamRecommendation.Budget;
import org.techleadership.advisor.scoring.TeamRecommendation.Change;
import org.techleadership.advisor.scoring.TeamRecommendation.Position;
import org.techleadership.advisor.scoring.TeamRecommendation.Spread;

/**
 * The team rule (docs/scoring.md). Each role's team total is the sum of its rule weights over every
 * member's answers, so each member counts once and the team's fit is the members' mean on the
 * common scale. The budget question is settled first and counts once per member as the assumed
 * budget: the one everyone gave, else the one the organiser confirmed from those given, else the
 * most cautious given (the option listed first). A rule that rules a role out is a hard limit: it
 * holds for the team when any member's answer sets it (the budget's, from the assumed budget).
 * Ties go to the role listed first, as for one person. Hence: identical answers from everyone give
 * exactly that answer set's ranking and fits; the members' order never matters; every member twice
 * gives the same result. Pure and deterministic.
 */
public final class TeamRecommender {

    private TeamRecommender() {
    }

    /**
     * The team's recommendation. budgetKey names the budget question (absent from the model: no
     * budget is settled); confirmedBudget is the organiser's choice, or null, and counts only while
     * members differ and one of them gave it. Throws IllegalArgumentException for no members or an
     * incomplete answer set.
     */
    public static TeamRecommendation recommend(ScoringModel model, List<Answers> members, String budgetKey,
                                               String confirmedBudget) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A team result needs at least one member's answers");
        }
        Index index = model.index();
        int[][] chosen = new int[members.size()][];
        for (int m = 0; m < chosen.length; m++) {
            chosen[m] = Recommender.optionIndexes(model, members.get(m));
        }
        Integer budgetQuestion = index.questionIndex.get(budgetKey);
        Integer confirmed = budgetQuestion == null || confirmedBudget == null ? null
                : index.optionIndex.get(budgetQuestion).get(confirmedBudget);
        Team team = team(model, index, chosen, budgetQuestion == null ? -1 : budgetQuestion,
                confirmed == null ? -1 : confirmed);
        ProfileFit primary = team.ranking.get(0);

        List<Spread> spread = new ArrayList<>();
        for (int q = 0; q < chosen[0].length; q++) {
            spread.add(spread(model, index, chosen, team, q, primary, confirmed == null ? -1 : confirmed));
        }
        spread.sort(Comparator.comparingInt((Spread s) -> s.decisive() ? 0 : 1).thenComparingInt(Spread::agreement));
        return new TeamRecommendation(model.version(), primary, team.ranking, team.budget, List.copyOf(spread));
    }

    /** The team's ranking and settled budget for these answers (member by question, as option indexes). */
    private record Team(List<ProfileFit> ranking, Budget budget, int budgetQuestion) {}

    private static Team team(ScoringModel model, Index index, int[][] chosen, int budgetQuestion, int confirmed) {
        int members = chosen.length;
        int questions = chosen[0].length;
        int profiles = model.profiles().size();
        int assumed = -1;
        Basis basis = null;
        if (budgetQuestion >= 0) {
            boolean[] given = new boolean[model.questions().get(budgetQuestion).options().size()];
            int lowest = Integer.MAX_VALUE;
            int distinct = 0;
            for (int[] member : chosen) {
                int o = member[budgetQuestion];
                distinct += given[o] ? 0 : 1;
                given[o] = true;
                lowest = Math.min(lowest, o);
            }
            if (distinct == 1) {
                assumed = lowest;
                basis = Basis.AGREED;
            } else if (confirmed >= 0 && given[confirmed]) {
                assumed = confirmed;
                basis = Basis.CONFIRMED;
            } else {
                assumed = lowest;
                basis = Basis.MOST_CAUTIOUS;
            }
        }
        long[] score = new long[profiles];
        boolean[] excluded = new boolean[profiles];
        String[] because = new String[profiles];
        for (int q = 0; q < questions; q++) {
            int[] takenBy = new int[model.questions().get(q).options().size()];
            for (int m = 0; m < members; m++) {
                takenBy[q == budgetQuestion ? assumed : chosen[m][q]]++;
            }
            // options in the catalogue's order, so the reason a role is ruled out never depends on who came first
            for (int o = 0; o < takenBy.length; o++) {
                if (takenBy[o] == 0) {
                    continue;
                }
                for (int p = 0; p < profiles; p++) {
                    score[p] += (long) takenBy[o] * index.weight[q][o][p];
                    if (index.excludes[q][o][p] && !excluded[p]) {
                        excluded[p] = true;
                        because[p] = index.rule[q][o][p].reason();
                    }
                }
            }
        }
        Integer[] order = new Integer[profiles];
        for (int p = 0; p < profiles; p++) {
            order[p] = p;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(p -> excluded[p] ? 1 : 0)
                .thenComparingLong(p -> -score[p])
                .thenComparingInt(p -> p));
        List<ProfileFit> ranking = new ArrayList<>();
        for (int p : order) {
            Profile profile = model.profiles().get(p);
            ranking.add(excluded[p]
                    ? new ProfileFit(profile.code(), profile.name(), profile.shortName(), 0, true, because[p])
                    : new ProfileFit(profile.code(), profile.name(), profile.shortName(),
                            index.fit(score[p], members), false, null));
        }
        Budget budget = budgetQuestion < 0 ? null : new Budget(model.questions().get(budgetQuestion).key(),
                model.questions().get(budgetQuestion).options().get(assumed).key(),
                model.questions().get(budgetQuestion).options().get(assumed).label(), basis);
        return new Team(List.copyOf(ranking), budget, budgetQuestion);
    }

    private static Spread spread(ScoringModel model, Index index, int[][] chosen, Team team, int q,
                                 ProfileFit primary, int confirmed) {
        Question question = model.questions().get(q);
        List<List<Integer>> byOption = new ArrayList<>();
        for (int o = 0; o < question.options().size(); o++) {
            byOption.add(new ArrayList<>());
        }
        for (int m = 0; m < chosen.length; m++) {
            byOption.get(chosen[m][q]).add(m);
        }
        List<Position> positions = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int largest = 0;
        boolean decisive = false;
        for (int o = 0; o < byOption.size(); o++) {
            List<Integer> who = byOption.get(o);
            if (who.isEmpty()) {
                continue;
            }
            largest = Math.max(largest, who.size());
            ScoringModel.Option option = question.options().get(o);
            positions.add(new Position(option.key(), option.label(), List.copyOf(who)));
            int[][] settled = new int[chosen.length][];
            for (int m = 0; m < chosen.length; m++) {
                settled[m] = chosen[m].clone();
                settled[m][q] = o;
            }
            ProfileFit first = team(model, index, settled, team.budgetQuestion, confirmed).ranking.get(0);
            decisive |= !first.code().equals(primary.code());
            changes.add(new Change(option.key(), option.label(), option.whatIf(), first));
        }
        int agreement = (int) ((200L * largest + chosen.length) / (2L * chosen.length));
        return new Spread(question.key(), question.label(), List.copyOf(positions), agreement, decisive,
                List.copyOf(changes));
    }
}
