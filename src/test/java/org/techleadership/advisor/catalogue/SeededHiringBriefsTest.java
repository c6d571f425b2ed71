package org.techleadership.advisor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.techleadership.advisor.catalogue.editing.HiringBriefCheck;
import org.techleadership.advisor.catalogue.internal.CatalogueStore;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue the migrations publish: every role has a complete hiring brief of its own. */
@DataJpaTest(showSql = false)
@Import({CatalogueService.class, CatalogueStore.class, JsonMapper.class})
class SeededHiringBriefsTest {

    @Autowired
    CatalogueService catalogues;

    @Test
    void everyRoleHasACompleteBriefThatPassesTheCatalogueCheck() {
        Catalogue catalogue = catalogues.refresh();
        assertThat(catalogue.profiles()).hasSize(10);
        for (RoleProfile role : catalogue.profiles()) {
            HiringBrief brief = role.brief();
            assertThat(brief).as(role.code()).isNotNull();
            assertThat(HiringBriefCheck.problems(role)).as(role.code()).isEmpty();
            assertThat(brief.reportingLine()).as(role.code()).isNotBlank();
            // one first target for each of the role's own KPIs, by name, in the role's order
            assertThat(brief.firstTargets()).extracting(HiringBrief.KpiTarget::kpi).as(role.code())
                    .containsExactlyElementsOf(role.kpis().stream().map(RoleProfile.Kpi::name).toList());
            assertThat(brief.questions()).as(role.code()).hasSize(8).doesNotHaveDuplicates();
            assertThat(brief.redFlags()).as(role.code()).isNotEmpty();
            assertThat(brief.first90Days()).as(role.code()).isNotEmpty();
        }
    }

    @Test
    void eachRoleAsksItsOwnQuestions() {
        Catalogue catalogue = catalogues.refresh();
        // every pair shares a few questions at most (the permanent roles all ask what would keep them)
        for (RoleProfile a : catalogue.profiles()) {
            for (RoleProfile b : catalogue.profiles()) {
                if (a != b) {
                    var shared = new HashSet<>(a.brief().questions());
                    shared.retainAll(b.brief().questions());
                    assertThat(shared).as(a.code() + " and " + b.code()).hasSizeLessThanOrEqualTo(3);
                }
            }
        }
        assertThat(catalogue.profile("INTERIM_CIO").brief().questions()).anyMatch(q -> q.contains("end date"))
                .anyMatch(q -> q.contains("hand over")).anyMatch(q -> q.contains("similar assignments"));
        assertThat(catalogue.profile("VCIO").brief().questions()).anyMatch(q -> q.contains("quarterly review"))
                .anyMatch(q -> q.contains("How many clients"));
        assertThat(catalogue.profile("FRACTIONAL_CTO").brief().questions()).anyMatch(q -> q.contains("hours a week"))
                .anyMatch(q -> q.contains("between your days"));
    }
}
