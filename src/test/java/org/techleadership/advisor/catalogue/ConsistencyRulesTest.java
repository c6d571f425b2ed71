package org.techleadership.advisor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.techleadership.advisor.catalogue.editing.CatalogueCheck;
import org.techleadership.advisor.catalogue.internal.CatalogueStore;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;
import tools.jackson.databind.json.JsonMapper;

/** The seeded consistency rules (answers that rarely go together) and the pure function that finds them. */
@DataJpaTest(showSql = false)
@Import({CatalogueService.class, CatalogueStore.class, JsonMapper.class})
class ConsistencyRulesTest {

    @Autowired
    CatalogueService catalogues;

    Catalogue catalogue;

    @BeforeEach
    void load() {
        catalogue = catalogues.refresh();
    }

    private static Map<String, String> with(Answers base, ConsistencyRule rule) {
        Map<String, String> answers = new LinkedHashMap<>(base.byQuestion());
        rule.answers().forEach(a -> answers.put(a.question(), a.option()));
        return answers;
    }

    @Test
    void theIssuesThreePairsAreSeededWithAGentlePleaseCheck() {
        assertThat(catalogue.consistency()).hasSizeBetween(6, 10);
        assertThat(catalogue.consistency()).extracting(r -> r.answers().stream()
                .map(a -> a.question() + "=" + a.option()).sorted().toList())
                .contains(List.of("company_size=MICRO", "tech_team=LARGE"),
                        List.of("involvement=LEAD_TEAM", "tech_team=NONE"),
                        List.of("budget=TWO_EXECUTIVES", "company_size=MICRO"));
        assertThat(catalogue.consistency()).allSatisfy(r -> assertThat(r.message()).startsWith("Please check"));
    }

    @Test
    void theSeededRulesPassTheCatalogueCheck() {
        assertThat(CatalogueCheck.problems(catalogue.document(), catalogue.document())).isEmpty();
    }

    @Test
    void everySeededPairFiresWhenItsAnswersAreAllGiven() {
        for (ConsistencyRule rule : catalogue.consistency()) {
            for (Answers base : List.of(AnswerSets.CIO, AnswerSets.CTO, AnswerSets.VCIO, AnswerSets.VCTO)) {
                assertThat(AnswerCheck.warnings(catalogue, with(base, rule))).as(rule.key()).contains(rule);
            }
        }
    }

    @Test
    void oneAnswerOfAPairAloneGivesNoWarning() {
        ConsistencyRule micro = catalogue.consistency().stream()
                .filter(r -> r.key().equals("micro-company-large-tech-team")).findFirst().orElseThrow();
        Map<String, String> answers = new LinkedHashMap<>(AnswerSets.CIO.byQuestion());
        answers.put("company_size", "MICRO");
        assertThat(AnswerCheck.warnings(catalogue, answers)).doesNotContain(micro);
        answers.put("tech_team", "LARGE");
        assertThat(AnswerCheck.warnings(catalogue, answers)).contains(micro);
        answers.remove("tech_team");
        assertThat(AnswerCheck.warnings(catalogue, answers)).doesNotContain(micro);
    }

    @Test
    void consistentAnswerSetsGiveNone() {
        for (Answers consistent : List.of(AnswerSets.CIO, AnswerSets.CTO, AnswerSets.VCIO, AnswerSets.VCTO)) {
            assertThat(AnswerCheck.warnings(catalogue, consistent.byQuestion())).isEmpty();
        }
    }

    @Test
    void warningsComeInTheCataloguesOrder() {
        Map<String, String> answers = new LinkedHashMap<>(AnswerSets.CIO.byQuestion());
        answers.putAll(Map.of("company_size", "MICRO", "tech_team", "LARGE", "budget", "TWO_EXECUTIVES"));
        List<ConsistencyRule> expected = catalogue.consistency().stream()
                .filter(r -> r.key().equals("micro-company-large-tech-team") || r.key().equals("micro-company-two-executives"))
                .toList();
        assertThat(AnswerCheck.warnings(catalogue, answers)).containsExactlyElementsOf(expected);
    }
}
