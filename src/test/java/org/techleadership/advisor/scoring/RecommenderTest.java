package org.techleadership.advisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.techleadership.advisor.scoring.ScoringModel.Option;
import org.techleadership.advisor.scoring.ScoringModel.Profile;
import org.techleadership.advisor.scoring.ScoringModel.Question;
import org.techleadership.advisor.scoring.ScoringModel.Rule;

/** The rules service on a small hand-made catalogue: two profiles, two questions. */
class RecommenderTest {

    private static final ScoringModel MODEL = new ScoringModel(7,
            List.of(new Profile("ADVISER", "An adviser", "Adviser"), new Profile("EXEC", "An executive", "Exec")),
            List.of(new Question("aim", "Main aim", List.of(new Option("IN", "Inward", "you looked inward"),
                            new Option("OUT", "Outward", "you looked outward"))),
                    new Question("money", "Budget", List.of(new Option("LOW", "Little", "money were tight"),
                            new Option("HIGH", "Plenty", "money were plentiful")))),
            List.of(new Rule("aim", "IN", "ADVISER", 2, false, "Inward suits an adviser."),
                    new Rule("aim", "OUT", "EXEC", 3, false, "Outward suits an executive."),
                    new Rule("aim", "OUT", "ADVISER", -1, false, "Outward is not the adviser's strength."),
                    new Rule("money", "LOW", "EXEC", 0, true, "Too little money for an executive."),
                    new Rule("money", "HIGH", "EXEC", 2, false, "Plenty of money pays an executive.")));

    private static Answers answers(String aim, String money) {
        return new Answers(Map.of("aim", aim, "money", money));
    }

    @Test
    void highestTotalWinsWithItsReasons() {
        Recommendation r = Recommender.recommend(MODEL, answers("OUT", "HIGH"));

        assertThat(r.primary().code()).isEqualTo("EXEC");
        assertThat(r.catalogueVersion()).isEqualTo(7);
        assertThat(r.reasonsFor()).extracting(Recommendation.Reason::text)
                .containsExactly("Outward suits an executive.", "Plenty of money pays an executive.");
        assertThat(r.ranking()).extracting(Recommendation.ProfileFit::code).containsExactly("EXEC", "ADVISER");
    }

    @Test
    void anExcludingAnswerRulesTheProfileOutWhateverItsScore() {
        Recommendation r = Recommender.recommend(MODEL, answers("OUT", "LOW"));

        assertThat(r.primary().code()).isEqualTo("ADVISER");
        Recommendation.ProfileFit exec = r.ranking().get(1);
        assertThat(exec.excluded()).isTrue();
        assertThat(exec.fit()).isZero();
        assertThat(exec.excludedBecause()).isEqualTo("Too little money for an executive.");
        assertThat(r.reasonsAgainst()).extracting(Recommendation.Reason::text)
                .containsExactly("Outward is not the adviser's strength.");
    }

    @Test
    void fitIsPlacedOnOneScaleForAllProfiles() {
        // totals range from -1 (adviser, outward) to 5 (executive, outward and plenty)
        assertThat(Recommender.recommend(MODEL, answers("OUT", "HIGH")).primary().fit()).isEqualTo(100);
        assertThat(Recommender.recommend(MODEL, answers("IN", "LOW")).primary().fit()).isEqualTo(50);
    }

    @Test
    void aTieGoesToTheProfileListedFirst() {
        // adviser 2, executive 2: equal totals
        Recommendation r = Recommender.recommend(MODEL, answers("IN", "HIGH"));
        assertThat(r.primary().code()).isEqualTo("ADVISER");
        assertThat(r.runnerUp().gap()).isZero();
        // and it is said: a close call, broken by the tie rule, decided by the one answer that flips it
        assertThat(r.closeCall()).isNotNull();
        assertThat(r.closeCall().tie()).isTrue();
        assertThat(r.closeCall().deciding()).containsExactly("aim");
    }

    @Test
    void aClearWinnerIsNoCloseCallAndARuledOutRunnerUpNeither() {
        assertThat(Recommender.recommend(MODEL, answers("OUT", "HIGH")).closeCall()).as("5 against 0").isNull();
        assertThat(Recommender.recommend(MODEL, answers("IN", "LOW")).closeCall()).as("the executive ruled out").isNull();
    }

    @Test
    void whatIfListsEverySingleAnswerChangeThatChangesTheWinner() {
        Recommendation r = Recommender.recommend(MODEL, answers("IN", "LOW"));

        assertThat(r.whatIf()).hasSize(0);
        Recommendation fromOutward = Recommender.recommend(MODEL, answers("OUT", "LOW"));
        assertThat(fromOutward.whatIf()).singleElement().satisfies(w -> {
            assertThat(w.questionKey()).isEqualTo("money");
            assertThat(w.optionKey()).isEqualTo("HIGH");
            assertThat(w.primary().code()).isEqualTo("EXEC");
            assertThat(w.condition()).isEqualTo("money were plentiful");
        });
    }

    @Test
    void runnerUpNamesTheAnswersThatSeparateThem() {
        Recommendation r = Recommender.recommend(MODEL, answers("OUT", "HIGH"));

        assertThat(r.runnerUp().profile().code()).isEqualTo("ADVISER");
        assertThat(r.runnerUp().gap()).isEqualTo(6);
        assertThat(r.runnerUp().differences()).extracting(Recommendation.Difference::points).containsExactly(4, 2);
        assertThat(r.runnerUp().differences()).allMatch(d -> d.favoursCode().equals("EXEC"));
    }

    @Test
    void sameAnswersSameRecommendation() {
        assertThat(Recommender.recommend(MODEL, answers("OUT", "LOW")))
                .isEqualTo(Recommender.recommend(MODEL, answers("OUT", "LOW")));
    }

    @Test
    void anIncompleteAnswerSetIsRefused() {
        assertThatThrownBy(() -> Recommender.recommend(MODEL, new Answers(Map.of("aim", "IN"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("money");
    }

    @Test
    void aRuleForAnUnknownOptionIsRefusedWhenTheModelIsBuilt() {
        assertThatThrownBy(() -> new ScoringModel(1, MODEL.profiles(), MODEL.questions(),
                List.of(new Rule("aim", "SIDEWAYS", "EXEC", 1, false, "?"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
