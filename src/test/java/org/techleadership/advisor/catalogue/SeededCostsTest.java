package org.techleadership.advisor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.techleadership.advisor.catalogue.editing.CatalogueCheck;
import org.techleadership.advisor.catalogue.internal.CatalogueStore;
import tools.jackson.databind.json.JsonMapper;

/** The published cost ranges the release seeds (db/catalogue/v21/costs.json), over the live catalogue. */
@DataJpaTest(showSql = false)
@Import({CatalogueService.class, CatalogueStore.class, JsonMapper.class})
class SeededCostsTest {

    @Autowired
    CatalogueService catalogues;

    Catalogue catalogue;

    @BeforeEach
    void load() {
        catalogue = catalogues.refresh();
    }

    @Test
    void everyRoleHasAtLeastAUsRangeAndEveryRangeCitesAListedSource() {
        Set<String> keys = catalogue.sources().stream().map(PriceSource::key).collect(Collectors.toSet());
        assertThat(catalogue.profiles()).hasSize(10);
        for (RoleProfile p : catalogue.profiles()) {
            assertThat(p.costs()).as(p.code()).isNotEmpty();
            assertThat(p.costs()).as(p.code()).extracting(CostRange::region).contains("US");
            for (CostRange c : p.costs()) {
                assertThat(CatalogueCheck.costProblems(c, keys)).as(p.code() + " " + c.region()).isEmpty();
                assertThat(keys).as(p.code() + " " + c.region()).containsAll(c.sources());
            }
        }
    }

    @Test
    void everySourceHasAnHttpsAddressAndIsCited() {
        assertThat(catalogue.sources()).isNotEmpty();
        for (PriceSource s : catalogue.sources()) {
            assertThat(s.url()).startsWith("https://");
            assertThat(CatalogueCheck.sourceProblems(s)).as(s.key()).isEmpty();
            assertThat(catalogue.citing(s.key())).as(s.key()).isNotEmpty();
        }
        assertThat(CatalogueCheck.problems(catalogue.document(), catalogue.document())).isEmpty();
    }

    @Test
    void oneLeaderForBothHasTheCtosFiguresAndTwoLeadersTheirSum() {
        RoleProfile combined = catalogue.document().profile("COMBINED");
        RoleProfile cto = catalogue.document().profile("CTO");
        assertThat(combined.costs()).extracting(CostRange::region, CostRange::low, CostRange::high)
                .containsExactlyElementsOf(cto.costs().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.region(), c.low(), c.high())).toList());
        assertThat(combined.costs()).allSatisfy(c -> assertThat(c.note()).contains("CTO"));
        CostRange cioUs = catalogue.document().profile("CIO").costs().get(0);
        CostRange ctoUs = cto.costs().get(0);
        CostRange both = catalogue.document().profile("CIO_AND_CTO").costs().get(0);
        assertThat(both.low()).isEqualTo(cioUs.low() + ctoUs.low());
        assertThat(both.high()).isEqualTo(cioUs.high() + ctoUs.high());
        assertThat(both.note()).contains("sum");
    }
}
