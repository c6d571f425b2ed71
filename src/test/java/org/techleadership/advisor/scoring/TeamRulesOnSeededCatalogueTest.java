package org.techleadership.advisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.internal.CatalogueStore;
import org.techleadership.advisor.scoring.TeamRecommendation.Change;
import org.techleadership.advisor.scoring.TeamRecommendation.Spread;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team rule's properties on the seeded rules, over generated teams of two to six colleagues:
 * unanimity, symmetry, homogeneity, budget caution (never a hire the most cautious budget rules
 * out), and every "changes" entry equal to the team recomputed with that option for everyone.
 */
@DataJpaTest(showSql = false)
@Import({CatalogueService.class, CatalogueStore.class, JsonMapper.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamRulesOnSeededCatalogueTest {

    private static final int TEAMS = 600;
    private static final Set<String> FULL_TIME_HIRES = Set.of("CIO", "CTO", "CIO_AND_CTO");

    @Autowired
    CatalogueService catalogues;

    ScoringModel model;

    @BeforeAll
    void load() {
        model = catalogues.refresh().scoringModel();
    }

    private void forTeams(TeamRecommenderTest.TeamCheck check) {
        Random random = new Random(13);
        for (int i = 0; i < TEAMS; i++) {
            List<Answers> team = TeamRecommenderTest.generatedTeam(model, random);
            if (team.size() == 1) {
                team.add(TeamRecommenderTest.generatedAnswers(model, random));
            }
            check.check(model, team, random);
        }
    }

    @Test
    void unanimousTeamsGetTheOnePersonRecommendation() {
        forTeams((model, team, random) -> assertThat(TeamRecommender.recommend(model,
                Collections.nCopies(team.size(), team.get(0)), "budget", null).ranking())
                .isEqualTo(Recommender.recommend(model, team.get(0)).ranking()));
    }

    @Test
    void orderAndDoublingNeverChangeTheResult() {
        forTeams((model, team, random) -> {
            Object result = TeamRecommenderTest.withoutWho(TeamRecommender.recommend(model, team, "budget", null));
            List<Answers> shuffled = new ArrayList<>(team);
            Collections.shuffle(shuffled, random);
            List<Answers> twice = new ArrayList<>(team);
            twice.addAll(shuffled);
            assertThat(TeamRecommenderTest.withoutWho(TeamRecommender.recommend(model, shuffled, "budget", null)))
                    .isEqualTo(result);
            assertThat(TeamRecommenderTest.withoutWho(TeamRecommender.recommend(model, twice, "budget", null)))
                    .isEqualTo(result);
        });
    }

    @Test
    void aTeamWithAnyoneOnAFewDaysOfAdviceNeverHiresFullTimeWhenNothingIsConfirmed() {
        forTeams((model, team, random) -> {
            TeamRecommendation result = TeamRecommender.recommend(model, team, "budget", null);
            boolean minimal = team.stream().anyMatch(a -> a.get("budget").equals("MINIMAL"));
            boolean partTime = team.stream().anyMatch(a -> a.get("budget").equals("PART_TIME"));
            if (minimal || partTime) {
                assertThat(result.primary().code()).isNotIn(FULL_TIME_HIRES);
            }
            if (minimal) {
                assertThat(result.primary().code()).isIn("VCIO", "VCTO");
                assertThat(result.budget().optionKey()).isEqualTo("MINIMAL");
            }
        });
    }

    @Test
    void everyChangeIsTheTeamWithThatOptionForEveryone() {
        forTeams((model, team, random) -> {
            String confirmed = random.nextBoolean() ? team.get(random.nextInt(team.size())).get("budget") : null;
            TeamRecommendation result = TeamRecommender.recommend(model, team, "budget", confirmed);
            for (Spread spread : result.spread()) {
                boolean differs = false;
                for (Change change : spread.changes()) {
                    List<Answers> settled = team.stream().map(a -> a.with(spread.questionKey(), change.optionKey())).toList();
                    Recommendation.ProfileFit recomputed = TeamRecommender.recommend(model, settled, "budget", confirmed)
                            .primary();
                    assertThat(change.primary()).isEqualTo(recomputed);
                    differs |= !recomputed.code().equals(result.primary().code());
                }
                assertThat(spread.decisive()).isEqualTo(differs);
            }
        });
    }
}
