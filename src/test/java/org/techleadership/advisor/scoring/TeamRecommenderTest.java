package org.techleadership.advisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.techleadership.advisor.scoring.Recommendation.ProfileFit;
import org.techleadership.advisor.scoring.ScoringModel.Option;
import org.techleadership.advisor.scoring.ScoringModel.Profile;
import org.techleadership.advisor.scoring.ScoringModel.Question;
import org.techleadership.advisor.scoring.ScoringModel.Rule;
import org.techleadership.advisor.scoring.TeamRecommendation.Basis;
import org.techleadership.advisor.scoring.TeamRecommendation.Change;
import org.techleadership.advisor.scoring.TeamRecommendation.Spread;

/**
 * The team rule's properties over generated catalogues and generated teams (pure, no Spring):
 * unanimity, symmetry, homogeneity, budget caution, and that every "changes" entry is the team
 * recomputed with that option for everyone. TeamRulesOnSeededCatalogueTest runs them on the seeded rules.
 */
class TeamRecommenderTest {

    static final String BUDGET = "budget";
    private static final int CASES = 400;

    @Test
    void identicalAnswersFromEveryoneGiveExactlyThatAnswerSetsRecommendation() {
        forGeneratedTeams((model, team, random) -> {
            Answers one = team.get(0);
            List<Answers> alike = Collections.nCopies(team.size(), one);
            TeamRecommendation together = TeamRecommender.recommend(model, alike, BUDGET, null);
            Recommendation alone = Recommender.recommend(model, one);
            assertThat(together.ranking()).isEqualTo(alone.ranking());
            assertThat(together.primary()).isEqualTo(alone.primary());
            assertThat(together.budget().basis()).isEqualTo(Basis.AGREED);
            assertThat(together.spread()).allSatisfy(s -> {
                assertThat(s.agreement()).isEqualTo(100);
                assertThat(s.decisive()).isFalse();
            });
        });
    }

    @Test
    void theMembersOrderNeverMatters() {
        forGeneratedTeams((model, team, random) -> {
            List<Answers> shuffled = new ArrayList<>(team);
            Collections.shuffle(shuffled, random);
            assertThat(withoutWho(TeamRecommender.recommend(model, shuffled, BUDGET, null)))
                    .isEqualTo(withoutWho(TeamRecommender.recommend(model, team, BUDGET, null)));
        });
    }

    @Test
    void everyMemberTwiceGivesTheSameResult() {
        forGeneratedTeams((model, team, random) -> {
            List<Answers> twice = new ArrayList<>(team);
            twice.addAll(team);
            assertThat(withoutWho(TeamRecommender.recommend(model, twice, BUDGET, null)))
                    .isEqualTo(withoutWho(TeamRecommender.recommend(model, team, BUDGET, null)));
        });
    }

    @Test
    void membersWhoDifferOnTheBudgetGetTheMostCautiousOneAnyoneGave() {
        forGeneratedTeams((model, team, random) -> {
            TeamRecommendation result = TeamRecommender.recommend(model, team, BUDGET, null);
            List<String> given = team.stream().map(a -> a.get(BUDGET)).distinct().toList();
            String cautious = cautious(model, given);
            assertThat(result.budget().optionKey()).isEqualTo(cautious);
            assertThat(result.budget().basis()).isEqualTo(given.size() == 1 ? Basis.AGREED : Basis.MOST_CAUTIOUS);
            // the same as if everyone had given the cautious budget
            List<Answers> allCautious = team.stream().map(a -> a.with(BUDGET, cautious)).toList();
            assertThat(TeamRecommender.recommend(model, allCautious, BUDGET, null).ranking())
                    .isEqualTo(result.ranking());
            // so no role the cautious budget rules out comes first while another is open
            Recommendation cautiousAlone = Recommender.recommend(model, team.get(0).with(BUDGET, cautious));
            if (!result.primary().excluded()) {
                assertThat(cautiousAlone.ranking()).filteredOn(f -> f.code().equals(result.primary().code()))
                        .allSatisfy(f -> assertThat(f.excluded()).isFalse());
            }
        });
    }

    @Test
    void aConfirmedBudgetCountsOnlyWhenAMemberGaveItAndMembersDiffer() {
        forGeneratedTeams((model, team, random) -> {
            List<Option> options = model.questions().stream().filter(q -> q.key().equals(BUDGET)).findFirst()
                    .orElseThrow().options();
            String confirmed = options.get(random.nextInt(options.size())).key();
            List<String> given = team.stream().map(a -> a.get(BUDGET)).distinct().toList();
            TeamRecommendation result = TeamRecommender.recommend(model, team, BUDGET, confirmed);
            if (given.size() > 1 && given.contains(confirmed)) {
                assertThat(result.budget().optionKey()).isEqualTo(confirmed);
                assertThat(result.budget().basis()).isEqualTo(Basis.CONFIRMED);
                List<Answers> allConfirmed = team.stream().map(a -> a.with(BUDGET, confirmed)).toList();
                assertThat(TeamRecommender.recommend(model, allConfirmed, BUDGET, null).ranking())
                        .isEqualTo(result.ranking());
            } else {
                assertThat(result).isEqualTo(TeamRecommender.recommend(model, team, BUDGET, null));
            }
        });
    }

    @Test
    void everyChangeIsTheTeamRecomputedWithThatOptionForEveryone() {
        forGeneratedTeams((model, team, random) -> {
            String confirmed = random.nextBoolean() ? team.get(random.nextInt(team.size())).get(BUDGET) : null;
            TeamRecommendation result = TeamRecommender.recommend(model, team, BUDGET, confirmed);
            assertThat(result.spread()).hasSize(model.questions().size());
            for (Spread spread : result.spread()) {
                List<String> chosen = team.stream().map(a -> a.get(spread.questionKey())).distinct().toList();
                assertThat(spread.changes()).extracting(Change::optionKey).containsExactlyInAnyOrderElementsOf(chosen);
                boolean anyDiffers = false;
                for (Change change : spread.changes()) {
                    List<Answers> settled = team.stream().map(a -> a.with(spread.questionKey(), change.optionKey())).toList();
                    ProfileFit recomputed = TeamRecommender.recommend(model, settled, BUDGET, confirmed).primary();
                    assertThat(change.primary()).isEqualTo(recomputed);
                    anyDiffers |= !recomputed.code().equals(result.primary().code());
                }
                assertThat(spread.decisive()).isEqualTo(anyDiffers);
                int largest = spread.positions().stream().mapToInt(p -> p.members().size()).max().orElseThrow();
                assertThat(spread.agreement()).isEqualTo((int) Math.round(100.0 * largest / team.size()));
            }
            // decisive disagreements first, then the least agreed
            List<Spread> sorted = new ArrayList<>(result.spread());
            sorted.sort(java.util.Comparator.comparingInt((Spread s) -> s.decisive() ? 0 : 1)
                    .thenComparingInt(Spread::agreement));
            assertThat(result.spread()).isEqualTo(sorted);
        });
    }

    @Test
    void aHardLimitAnyMemberSetsHoldsForTheTeam() {
        ScoringModel model = new ScoringModel(1,
                List.of(new Profile("ADVISER", "An adviser", "Adviser"), new Profile("EXEC", "An executive", "Exec")),
                List.of(new Question("aim", "Aim", List.of(new Option("IN", "Inward", "you looked inward"),
                                new Option("OUT", "Outward", "you looked outward"))),
                        new Question(BUDGET, "Budget", List.of(new Option("LOW", "Little", "money were tight"),
                                new Option("HIGH", "Plenty", "money were plentiful")))),
                List.of(new Rule("aim", "OUT", "EXEC", 5, false, "Outward suits an executive."),
                        new Rule("aim", "IN", "EXEC", 0, true, "Inward rules the executive out."),
                        new Rule(BUDGET, "LOW", "EXEC", 0, true, "Too little money for an executive.")));
        Answers ana = new Answers(Map.of("aim", "OUT", BUDGET, "HIGH"));
        Answers ben = new Answers(Map.of("aim", "OUT", BUDGET, "LOW"));
        Answers cy = new Answers(Map.of("aim", "IN", BUDGET, "HIGH"));

        TeamRecommendation budgets = TeamRecommender.recommend(model, List.of(ana, ben), BUDGET, null);
        assertThat(budgets.primary().code()).isEqualTo("ADVISER");
        assertThat(budgets.budget()).extracting(TeamRecommendation.Budget::optionKey, TeamRecommendation.Budget::basis)
                .containsExactly("LOW", Basis.MOST_CAUTIOUS);
        assertThat(budgets.ranking().get(1).excludedBecause()).isEqualTo("Too little money for an executive.");
        assertThat(budgets.spread().get(0).questionKey()).isEqualTo(BUDGET);
        assertThat(budgets.spread().get(0).decisive()).isTrue();

        assertThat(TeamRecommender.recommend(model, List.of(ana, ben), BUDGET, "HIGH").primary().code())
                .isEqualTo("EXEC");
        assertThat(TeamRecommender.recommend(model, List.of(ana, cy), BUDGET, null).ranking().get(1).excludedBecause())
                .isEqualTo("Inward rules the executive out.");
    }

    @Test
    void aTeamWithoutMembersIsRefused() {
        ScoringModel model = generatedModel(new Random(1));
        assertThatThrownBy(() -> TeamRecommender.recommend(model, List.of(), BUDGET, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    interface TeamCheck {
        void check(ScoringModel model, List<Answers> team, Random random);
    }

    /** Generated catalogues (2–5 roles, 2–5 questions one of which is the budget) and teams of 1–6. */
    static void forGeneratedTeams(TeamCheck check) {
        Random random = new Random(20261201);
        for (int i = 0; i < CASES; i++) {
            ScoringModel model = generatedModel(random);
            check.check(model, generatedTeam(model, random), random);
        }
    }

    static List<Answers> generatedTeam(ScoringModel model, Random random) {
        int size = 1 + random.nextInt(6);
        List<Answers> team = new ArrayList<>();
        Answers first = generatedAnswers(model, random);
        for (int m = 0; m < size; m++) {
            // often close to the first member, as real colleagues are, so some answers are shared
            Answers member = random.nextInt(3) == 0 ? generatedAnswers(model, random) : first;
            for (Question q : model.questions()) {
                if (random.nextInt(4) == 0) {
                    member = member.with(q.key(), q.options().get(random.nextInt(q.options().size())).key());
                }
            }
            team.add(member);
        }
        return team;
    }

    static Answers generatedAnswers(ScoringModel model, Random random) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question q : model.questions()) {
            answers.put(q.key(), q.options().get(random.nextInt(q.options().size())).key());
        }
        return new Answers(answers);
    }

    private static ScoringModel generatedModel(Random random) {
        List<Profile> profiles = new ArrayList<>();
        int profileCount = 2 + random.nextInt(4);
        for (int p = 0; p < profileCount; p++) {
            profiles.add(new Profile("P" + p, "Profile " + p, "P" + p));
        }
        List<Question> questions = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        int questionCount = 2 + random.nextInt(4);
        int budgetAt = random.nextInt(questionCount);
        for (int q = 0; q < questionCount; q++) {
            String key = q == budgetAt ? BUDGET : "q" + q;
            List<Option> options = new ArrayList<>();
            int optionCount = 2 + random.nextInt(3);
            for (int o = 0; o < optionCount; o++) {
                options.add(new Option("O" + o, key + " option " + o, "the answer were " + o));
                for (Profile profile : profiles) {
                    if (random.nextInt(3) == 0) {
                        continue;
                    }
                    // budgets: the cheaper the option, the more roles it rules out
                    boolean excludes = q == budgetAt ? random.nextInt(optionCount + 1) > o : random.nextInt(12) == 0;
                    rules.add(new Rule(key, "O" + o, profile.code(), random.nextInt(9) - 4, excludes,
                            key + " O" + o + " for " + profile.code()));
                }
            }
            questions.add(new Question(key, "Question " + key, options));
        }
        return new ScoringModel(3, profiles, questions, rules);
    }

    /** The option listed first among those given. */
    private static String cautious(ScoringModel model, List<String> given) {
        return model.questions().stream().filter(q -> q.key().equals(BUDGET)).findFirst().orElseThrow().options()
                .stream().map(Option::key).filter(given::contains).findFirst().orElseThrow();
    }

    /** The result with positions as shares of the team: member indexes follow the list's order by design. */
    static Object withoutWho(TeamRecommendation r) {
        return List.of(r.primary(), r.ranking(), r.budget(), r.spread().stream().map(s -> List.of(s.questionKey(),
                s.agreement(), s.decisive(), s.changes(), s.positions().stream()
                        .map(p -> p.optionKey() + "=" + p.members().size() * 720 / r.spread().get(0).positions().stream()
                                .mapToInt(x -> x.members().size()).sum()).toList())).toList());
    }
}
