package org.techleadership.advisor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.techleadership.advisor.catalogue.internal.CatalogueStore;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue the migrations seed: the contract's codes and keys, complete texts and valid rules. */
@DataJpaTest(showSql = false)
@Import({CatalogueService.class, CatalogueStore.class, JsonMapper.class})
class SeededCatalogueTest {

    static final Map<String, List<String>> CONTRACT = Map.of(
            "focus", List.of("PROCESS", "PRODUCT", "BOTH"),
            "audience", List.of("EMPLOYEES", "CUSTOMERS", "BOTH"),
            "challenge", List.of("LEGACY_SYSTEMS", "COMPLIANCE_SECURITY", "IT_COSTS", "TECH_BOTTLENECKS",
                    "NEW_PRODUCT", "EMERGING_TECH"),
            "success_measure", List.of("BUSINESS_OUTCOME", "TECHNICAL_HEALTH", "BOTH"),
            "company_size", List.of("MICRO", "SMALL", "MEDIUM", "LARGE", "ENTERPRISE"),
            "tech_team", List.of("NONE", "SMALL", "ESTABLISHED", "LARGE"),
            "regulation", List.of("LOW", "MODERATE", "HIGH"),
            "budget", List.of("MINIMAL", "PART_TIME", "FULL_TIME", "TWO_EXECUTIVES"),
            "need_pattern", List.of("PROJECT", "PEAKS", "ONGOING"),
            "involvement", List.of("ADVISE", "LEAD_TEAM", "BUILD"));

    @Autowired
    CatalogueService catalogues;

    Catalogue catalogue;

    @BeforeEach
    void load() {
        catalogue = catalogues.refresh();
    }

    @Test
    void hasTheTenRoleCodesOfTheContractLighterEngagementsFirst() {
        assertThat(catalogue.profiles()).extracting(RoleProfile::code).containsExactly("VCIO", "VCTO",
                "FRACTIONAL_CIO", "FRACTIONAL_CTO", "COMBINED", "INTERIM_CIO", "INTERIM_CTO", "CIO", "CTO", "CIO_AND_CTO");
        assertThat(catalogue.version()).isPositive();
    }

    @Test
    void hasTheTenQuestionsWithExactlyTheContractsOptions() {
        assertThat(catalogue.questions()).hasSize(10);
        CONTRACT.forEach((key, options) -> assertThat(catalogue.question(key).options())
                .extracting(Question.AnswerOption::key).as(key).containsExactlyElementsOf(options));
    }

    @Test
    void groupsTheQuestionsInFourStepsWithNoneEmpty() {
        assertThat(catalogue.stepCount()).isEqualTo(4);
        for (int step = 1; step <= 4; step++) {
            assertThat(catalogue.questionsOf(step)).as("step " + step).isNotEmpty();
        }
    }

    @Test
    void everyProfileSaysWhatItOwnsHowItIsMeasuredAndWhatToDoNext() {
        for (RoleProfile p : catalogue.profiles()) {
            assertThat(p.summary()).as(p.code()).isNotBlank();
            assertThat(p.chooseIf()).as(p.code()).isNotBlank();
            assertThat(p.timeCommitment()).as(p.code()).isNotBlank();
            assertThat(p.responsibilities()).as(p.code()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(p.kpis()).as(p.code()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(p.nextSteps()).as(p.code()).extracting(RoleProfile.NextStep::horizon)
                    .contains("First 30 days", "Days 31\u201360", "Days 61\u201390");
        }
    }

    @Test
    void everyOptionCanBeTurnedIntoAWhatIfSentence() {
        for (Question q : catalogue.questions()) {
            for (Question.AnswerOption o : q.options()) {
                assertThat(o.whatIf()).as(q.key() + "." + o.key()).isNotBlank().doesNotEndWith(".");
                assertThat(o.label()).isNotBlank();
            }
        }
    }

    @Test
    void everyRuleHasAReasonAUserCanRead() {
        assertThat(catalogue.scoringModel().rules()).isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.reason()).isNotBlank().endsWith("."));
    }
}
