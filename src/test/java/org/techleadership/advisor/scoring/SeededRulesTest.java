package org.techleadership.advisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.techleadership.advisor.catalogue.internal.CatalogueStore;
import tools.jackson.databind.json.JsonMapper;
import org.techleadership.advisor.catalogue.CatalogueService;

/**
 * The rules as seeded, checked on named scenarios reasoned from the seeds and, exhaustively, on
 * every one of the 349,920 possible answer sets.
 */
@DataJpaTest(showSql = false)
@Import({CatalogueService.class, CatalogueStore.class, JsonMapper.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeededRulesTest {

    private static final List<String> ORDER = List.of("focus", "audience", "challenge", "success_measure",
            "company_size", "tech_team", "regulation", "budget", "need_pattern", "involvement");
    private static final Set<String> FULL_TIME_HIRES = Set.of("CIO", "CTO", "CIO_AND_CTO");
    private static final Set<String> INTERIM = Set.of("INTERIM_CIO", "INTERIM_CTO");
    /** A commitment of years: never the answer to a defined project. */
    private static final Set<String> PERMANENT = Set.of("CIO", "CTO", "CIO_AND_CTO", "COMBINED");
    private static final Set<String> REGULAR_SCHEDULE = Set.of("FRACTIONAL_CIO", "FRACTIONAL_CTO", "COMBINED");
    private static final Map<String, String> CTO_TWIN = Map.of("CIO", "CTO", "VCIO", "VCTO",
            "FRACTIONAL_CIO", "FRACTIONAL_CTO", "INTERIM_CIO", "INTERIM_CTO");

    @Autowired
    CatalogueService catalogues;

    ScoringModel model;

    @BeforeAll
    void load() {
        model = catalogues.refresh().scoringModel();
    }

    /** Answers in PRODUCT.md order, then the acceptable winners separated by '|'. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            // the scenarios
            "PROCESS EMPLOYEES LEGACY_SYSTEMS BUSINESS_OUTCOME MEDIUM ESTABLISHED MODERATE FULL_TIME ONGOING LEAD_TEAM; CIO",
            "PRODUCT CUSTOMERS TECH_BOTTLENECKS TECHNICAL_HEALTH MEDIUM ESTABLISHED LOW FULL_TIME ONGOING LEAD_TEAM; CTO",
            "PROCESS EMPLOYEES COMPLIANCE_SECURITY BUSINESS_OUTCOME SMALL NONE HIGH MINIMAL PEAKS ADVISE; VCIO",
            "PRODUCT CUSTOMERS NEW_PRODUCT TECHNICAL_HEALTH MICRO NONE LOW MINIMAL PROJECT BUILD; VCTO|FRACTIONAL_CTO",
            "BOTH BOTH EMERGING_TECH BOTH LARGE LARGE MODERATE TWO_EXECUTIVES ONGOING LEAD_TEAM; CIO_AND_CTO",
            // a large regulated firm modernising internal systems, with a team to lead: a CIO
            "PROCESS EMPLOYEES COMPLIANCE_SECURITY BUSINESS_OUTCOME LARGE ESTABLISHED HIGH FULL_TIME ONGOING LEAD_TEAM; CIO",
            // a product company with a large engineering team and one salary to spend: a CTO
            "PRODUCT CUSTOMERS NEW_PRODUCT TECHNICAL_HEALTH LARGE LARGE LOW FULL_TIME ONGOING LEAD_TEAM; CTO",
            // IT costs out of hand, no team, advice now and then: a vCIO
            "PROCESS EMPLOYEES IT_COSTS BUSINESS_OUTCOME SMALL NONE LOW MINIMAL PROJECT ADVISE; VCIO",
            "PROCESS EMPLOYEES IT_COSTS BUSINESS_OUTCOME SMALL NONE LOW PART_TIME PEAKS ADVISE; VCIO",
            // a small firm exploring AI for its product, wanting a roadmap for a project: a vCTO
            "PRODUCT CUSTOMERS EMERGING_TECH TECHNICAL_HEALTH SMALL NONE LOW PART_TIME PROJECT ADVISE; VCTO",
            // a mid-sized firm with a small IT team that needs leading every week, part-time budget
            "PROCESS EMPLOYEES LEGACY_SYSTEMS BUSINESS_OUTCOME MEDIUM SMALL MODERATE PART_TIME ONGOING LEAD_TEAM; FRACTIONAL_CIO",
            "PROCESS EMPLOYEES LEGACY_SYSTEMS BUSINESS_OUTCOME MEDIUM ESTABLISHED MODERATE PART_TIME ONGOING LEAD_TEAM; FRACTIONAL_CIO",
            // a software start-up with a few developers and a part-time budget
            "PRODUCT CUSTOMERS NEW_PRODUCT TECHNICAL_HEALTH SMALL SMALL LOW PART_TIME ONGOING LEAD_TEAM; FRACTIONAL_CTO",
            "PRODUCT CUSTOMERS TECH_BOTTLENECKS TECHNICAL_HEALTH MEDIUM ESTABLISHED LOW PART_TIME ONGOING LEAD_TEAM; FRACTIONAL_CTO",
            // a small company needing both sides and able to pay one salary: one leader for both
            "BOTH BOTH NEW_PRODUCT BOTH SMALL SMALL LOW FULL_TIME ONGOING LEAD_TEAM; COMBINED",
            "BOTH BOTH TECH_BOTTLENECKS BOTH SMALL SMALL LOW FULL_TIME ONGOING BUILD; COMBINED",
            "BOTH BOTH NEW_PRODUCT BOTH MICRO NONE LOW PART_TIME ONGOING BUILD; COMBINED",
            // an enterprise under heavy regulation with both sides to run: both leaders
            "BOTH BOTH LEGACY_SYSTEMS BOTH ENTERPRISE LARGE HIGH TWO_EXECUTIVES ONGOING LEAD_TEAM; CIO_AND_CTO",
            // mixed signals still land on the side the answers lean to
            "PROCESS BOTH LEGACY_SYSTEMS BUSINESS_OUTCOME MEDIUM ESTABLISHED MODERATE FULL_TIME ONGOING LEAD_TEAM; CIO",
            "PRODUCT BOTH NEW_PRODUCT TECHNICAL_HEALTH MEDIUM ESTABLISHED LOW FULL_TIME ONGOING LEAD_TEAM; CTO",
            // a defined transformation, a full-time budget and a team to lead: an interim leader (the guides' rule)
            "PROCESS EMPLOYEES LEGACY_SYSTEMS BUSINESS_OUTCOME MEDIUM ESTABLISHED MODERATE FULL_TIME PROJECT LEAD_TEAM; INTERIM_CIO",
            "PROCESS EMPLOYEES COMPLIANCE_SECURITY BUSINESS_OUTCOME LARGE ESTABLISHED HIGH FULL_TIME PROJECT LEAD_TEAM; INTERIM_CIO",
            "PROCESS EMPLOYEES LEGACY_SYSTEMS BUSINESS_OUTCOME ENTERPRISE LARGE HIGH TWO_EXECUTIVES PROJECT LEAD_TEAM; INTERIM_CIO",
            "PRODUCT CUSTOMERS TECH_BOTTLENECKS TECHNICAL_HEALTH MEDIUM ESTABLISHED LOW FULL_TIME PROJECT LEAD_TEAM; INTERIM_CTO",
            "PRODUCT CUSTOMERS NEW_PRODUCT TECHNICAL_HEALTH SMALL SMALL LOW FULL_TIME PROJECT BUILD; INTERIM_CTO",
            "PRODUCT CUSTOMERS TECH_BOTTLENECKS TECHNICAL_HEALTH LARGE LARGE LOW TWO_EXECUTIVES PROJECT LEAD_TEAM; INTERIM_CTO",
            // the same project with only a part-time budget: a fractional or virtual leader, never an interim
            "PROCESS EMPLOYEES LEGACY_SYSTEMS BUSINESS_OUTCOME MEDIUM ESTABLISHED MODERATE PART_TIME PROJECT LEAD_TEAM; FRACTIONAL_CIO",
            "PRODUCT CUSTOMERS TECH_BOTTLENECKS TECHNICAL_HEALTH MEDIUM ESTABLISHED LOW PART_TIME PROJECT LEAD_TEAM; FRACTIONAL_CTO",
            // a project where advice is wanted, not someone full-time: on-demand help
            "PROCESS EMPLOYEES IT_COSTS BUSINESS_OUTCOME SMALL NONE LOW FULL_TIME PROJECT ADVISE; VCIO",
            // the same firm needing its leader every week with no end date: a permanent hire
            "PRODUCT CUSTOMERS TECH_BOTTLENECKS TECHNICAL_HEALTH MEDIUM ESTABLISHED LOW FULL_TIME ONGOING LEAD_TEAM; CTO",
    })
    void scenario(String answers, String expected) {
        String[] options = answers.trim().split("\\s+");
        Map<String, String> byQuestion = new LinkedHashMap<>();
        for (int i = 0; i < ORDER.size(); i++) {
            byQuestion.put(ORDER.get(i), options[i]);
        }
        Recommendation r = Recommender.recommend(model, new Answers(byQuestion));
        assertThat(Set.of(expected.trim().split("\\|"))).as(r.ranking().toString()).contains(r.primary().code());
    }

    @Test
    void everyAnswerSetIsScoredSoundly() {
        Map<String, Integer> wins = new HashMap<>();
        Set<String> seenFirst = new HashSet<>();
        List<String> problems = new ArrayList<>();
        forEveryAnswerSet(answers -> {
            Recommendation r = Recommender.recommend(model, answers);
            String top = r.primary().code();
            wins.merge(top, 1, Integer::sum);
            seenFirst.add(top);
            if (!top.equals(Recommender.primaryCode(model, answers)) || r.primary().excluded()
                    || r.ranking().size() != 10 || !r.ranking().get(0).equals(r.primary())
                    || r.reasonsFor().isEmpty() || r.whatIf().stream().anyMatch(w -> w.primary().code().equals(top))
                    || r.ranking().stream().anyMatch(f -> f.fit() < 0 || f.fit() > 100)) {
                if (problems.size() < 5) {
                    problems.add(answers + " -> " + r);
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(seenFirst).as("every profile comes first for some answers: %s", wins).hasSize(10);
        assertThat(wins.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(349_920);
    }

    @Test
    void aCloseCallIsSaidExactlyWhenTheTopTwoAreWithinTheMarginAndNamesWhatDecides() {
        int[] close = new int[2];
        List<String> problems = new ArrayList<>();
        forEveryAnswerSet(answers -> {
            Recommendation r = Recommender.recommend(model, answers);
            Recommendation.ProfileFit second = r.ranking().get(1);
            boolean within = !second.excluded() && r.primary().fit() - second.fit() <= Recommender.CLOSE_CALL_MARGIN;
            boolean said = r.closeCall() != null;
            if (said) {
                close[0]++;
                close[1] += r.closeCall().tie() ? 1 : 0;
            }
            if (within != said || (said && (r.closeCall().deciding().isEmpty()
                    || (r.closeCall().tie() && r.primary().fit() != second.fit())
                    || (r.closeCall().tie() != (r.runnerUp().gap() == 0))))) {
                if (problems.size() < 5) {
                    problems.add(answers + " -> " + r.primary() + " / " + second + " " + r.closeCall());
                }
            }
        });
        assertThat(problems).isEmpty();
        // measured on the seeded rules with interim leaders (catalogue version 2): ties are 11.0 % of all answer
        // sets, close calls (ties included) 31.2 %; on version 1's eight profiles they were 12.8 % and 34.9 %
        assertThat(close[1]).isEqualTo(38_649);
        assertThat(close[0]).as("31.2 %% of all answer sets").isEqualTo(109_303);
    }

    @Test
    void sameAnswersAlwaysGiveTheSameRecommendation() {
        ScoringModel reloaded = catalogues.refresh().scoringModel();
        List<String> differing = new ArrayList<>();
        forEveryAnswerSet(answers -> {
            if (!Recommender.primaryCode(model, answers).equals(Recommender.primaryCode(reloaded, answers))
                    && differing.size() < 5) {
                differing.add(answers.toString());
            }
        });
        assertThat(differing).isEmpty();
    }

    @Test
    void budgetIsNeverBroken() {
        List<String> broken = new ArrayList<>();
        forEveryAnswerSet(answers -> {
            String top = Recommender.primaryCode(model, answers);
            String budget = answers.get("budget");
            boolean ok = switch (budget) {
                case "MINIMAL" -> !FULL_TIME_HIRES.contains(top) && !REGULAR_SCHEDULE.contains(top)
                        && !INTERIM.contains(top);
                case "PART_TIME" -> !FULL_TIME_HIRES.contains(top) && !INTERIM.contains(top);
                case "FULL_TIME" -> !top.equals("CIO_AND_CTO");
                default -> true;
            };
            if (!ok && broken.size() < 5) {
                broken.add(answers + " -> " + top);
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void aDefinedProjectIsNeverAnsweredWithAPermanentHireWhateverTheBudget() {
        List<String> broken = new ArrayList<>();
        Map<String, Integer> interimByBudget = new HashMap<>();
        forEveryAnswerSet(answers -> {
            String top = Recommender.primaryCode(model, answers);
            if (answers.get("need_pattern").equals("PROJECT") && PERMANENT.contains(top) && broken.size() < 5) {
                broken.add(answers + " -> " + top);
            }
            if (INTERIM.contains(top)) {
                interimByBudget.merge(answers.get("budget") + " " + answers.get("need_pattern"), 1, Integer::sum);
            }
        });
        assertThat(broken).isEmpty();
        // an interim leader answers a defined project with a budget that pays a full-time salary for a while, only
        assertThat(interimByBudget.keySet()).containsExactlyInAnyOrder("FULL_TIME PROJECT", "TWO_EXECUTIVES PROJECT");
    }

    @Test
    void aDefinedProjectWithAFullTimeBudgetAndSomeoneToLeadOrBuildGetsAnInterimLeader() {
        List<String> broken = new ArrayList<>();
        int[] checked = {0};
        forEveryAnswerSet(answers -> {
            if (answers.get("need_pattern").equals("PROJECT") && Set.of("FULL_TIME", "TWO_EXECUTIVES")
                    .contains(answers.get("budget")) && !answers.get("involvement").equals("ADVISE")) {
                checked[0]++;
                String top = Recommender.primaryCode(model, answers);
                if (!INTERIM.contains(top) && broken.size() < 5) {
                    broken.add(answers + " -> " + top);
                }
            }
        });
        // a third of all answer sets are projects, half of those have one of the two budgets, two thirds lead or build
        assertThat(checked[0]).isEqualTo(349_920 / 3 * 2 / 4 * 2 / 3);
        assertThat(broken).isEmpty();
    }

    @Test
    void turningACioFamilyAnswerSetOutwardGivesItsCtoTwin() {
        List<String> broken = new ArrayList<>();
        int[] checked = {0};
        forEveryAnswerSet(answers -> {
            String top = Recommender.primaryCode(model, answers);
            String twin = CTO_TWIN.get(top);
            if (twin == null) {
                return;
            }
            checked[0]++;
            Answers outward = answers.with("focus", "PRODUCT").with("audience", "CUSTOMERS")
                    .with("success_measure", "TECHNICAL_HEALTH");
            String turned = Recommender.primaryCode(model, outward);
            if (!turned.equals(twin) && broken.size() < 5) {
                broken.add(answers + " -> " + top + ", outward -> " + turned);
            }
        });
        assertThat(checked[0]).isGreaterThan(100_000);
        assertThat(broken).isEmpty();
    }

    @Test
    void minimalBudgetNeverHiresFullTime() {
        Set<String> tops = new HashSet<>();
        forEveryAnswerSet(answers -> {
            if (answers.get("budget").equals("MINIMAL")) {
                tops.add(Recommender.primaryCode(model, answers));
            }
        });
        assertThat(tops).containsExactlyInAnyOrder("VCIO", "VCTO");
    }

    private void forEveryAnswerSet(Consumer<Answers> check) {
        List<ScoringModel.Question> questions = model.questions();
        int[] chosen = new int[questions.size()];
        while (true) {
            Map<String, String> byQuestion = new LinkedHashMap<>();
            for (int q = 0; q < questions.size(); q++) {
                byQuestion.put(questions.get(q).key(), questions.get(q).options().get(chosen[q]).key());
            }
            check.accept(new Answers(byQuestion));
            int q = questions.size() - 1;
            while (q >= 0 && ++chosen[q] == questions.get(q).options().size()) {
                chosen[q] = 0;
                q--;
            }
            if (q < 0) {
                return;
            }
        }
    }
}
