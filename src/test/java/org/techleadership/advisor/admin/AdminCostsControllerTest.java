package org.techleadership.advisor.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.techleadership.advisor.account.SignedIns.admin;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.CostRange;
import org.techleadership.advisor.catalogue.PriceSource;
import org.techleadership.advisor.catalogue.editing.CatalogueCheck;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

/** An admin edits a role's cost ranges and the list of sources in the draft; every check shows next to its field. */
@AdminWebTest(AdminCostsController.class)
class AdminCostsControllerTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CatalogueEditor editor;

    static final PriceSource GUIDE = new PriceSource("guide", "A pricing guide", "https://guide.example/cto", 2026);

    @BeforeEach
    void catalogue() {
        CatalogueDocument doc = CatalogueFixture.document().withSources(List.of(GUIDE));
        when(editor.workingCopy()).thenReturn(doc);
        when(editor.saveCosts(anyString(), any(), anyString())).thenReturn(List.of());
        when(editor.saveSources(any(), anyString())).thenReturn(List.of());
    }

    private MvcTestResult postCosts(String... fields) {
        var post = mvc.post().uri("/admin/catalogue/profiles/CTO/costs").with(user(admin())).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            post = post.param("costs[0]." + fields[i], fields[i + 1]);
        }
        return post.exchange();
    }

    private static final String[] GOOD = {"region", "UK", "currency", "GBP", "basis", "YEAR", "low", "180000",
            "high", "250000", "year", "2026", "sources", "guide", "unit", "all in", "timeToStart", "3 to 6 months"};

    private static String[] with(String field, String value) {
        String[] fields = GOOD.clone();
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i].equals(field)) {
                fields[i + 1] = value;
            }
        }
        return fields;
    }

    @Test
    void aGoodRangeIsSavedInTheDraft() {
        assertThat(postCosts(GOOD)).hasStatus3xxRedirection();
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<CostRange>> saved = ArgumentCaptor.forClass(List.class);
        verify(editor).saveCosts(eq("CTO"), saved.capture(), anyString());
        assertThat(saved.getValue()).containsExactly(new CostRange("UK", "GBP", "YEAR", 180000, 250000, "all in",
                "3 to 6 months", 2026, List.of("guide"), null));
    }

    @Test
    void eachCheckShowsNextToItsFieldAndKeepsWhatWasTyped() {
        String[][] cases = {{"high", "100", "below the low"}, {"region", "FR", "UK, US or EU"},
                {"currency", "USD", "currency of UK is GBP"}, {"low", "-1", "cannot be negative"},
                {"sources", "guide, nowhere", "nowhere is not in the list"}, {"year", "1890", "between 2000 and 2100"},
                {"basis", "WEEK", "DAY, MONTH or YEAR"}, {"low", "lots", "whole number"}};
        for (String[] c : cases) {
            MvcTestResult result = postCosts(with(c[0], c[1]));
            assertThat(result).as(c[0]).hasStatusOk();
            Document page = Html.of(result);
            String id = "costs-0." + c[0];
            assertThat(page.getElementById(id).val()).as(c[0]).isEqualTo(c[1]);
            assertThat(page.getElementById(id).parent().select(".field-error").text()).as(c[0]).contains(c[2]);
        }
        verify(editor, never()).saveCosts(anyString(), any(), anyString());
    }

    @Test
    void theFormShowsTheRolesRangesAndAnEmptyRowToAddOne() {
        Document page = Html.of(mvc.get().uri("/admin/catalogue/profiles/CTO/costs").with(user(admin())).exchange());
        assertThat(page.getElementById("costs-0.region").val()).isEmpty();
        assertThat(page.text()).contains("guide");
        assertThat(mvc.get().uri("/admin/catalogue/profiles/NOPE/costs").with(user(admin()))).hasStatus(404);
    }

    @Test
    void aSourceNeedsAnHttpAddressAKeyOnceAndASaneYear() {
        MvcTestResult result = mvc.post().uri("/admin/catalogue/sources").with(user(admin())).with(csrf())
                .param("sources[0].key", "guide").param("sources[0].title", "A guide")
                .param("sources[0].url", "javascript:alert(1)").param("sources[0].year", "2026")
                .param("sources[1].key", "guide").param("sources[1].title", "Again")
                .param("sources[1].url", "https://b.example").param("sources[1].year", "3000").exchange();
        assertThat(result).hasStatusOk();
        Document page = Html.of(result);
        assertThat(page.getElementById("sources-0.url").val()).isEqualTo("javascript:alert(1)");
        assertThat(page.getElementById("sources-0.url").parent().select(".field-error").text()).contains("http");
        assertThat(page.getElementById("sources-1.key").parent().select(".field-error").text()).contains("already used");
        assertThat(page.getElementById("sources-1.year").parent().select(".field-error").text()).contains("2100");
        verify(editor, never()).saveSources(any(), anyString());
    }

    @Test
    void theDraftRefusesASourceThatARangeStillCites() {
        CatalogueDocument doc = CatalogueFixture.document().withSources(List.of(GUIDE));
        doc = doc.withProfiles(doc.profiles().stream().map(p -> p.withCosts(List.of(new CostRange("US", "USD",
                "YEAR", 1, 2, null, null, 2026, List.of("guide"), null)))).toList());
        assertThat(CatalogueCheck.problems(doc.withSources(List.of()), doc))
                .anyMatch(p -> p.contains("the source guide is not in the list"));
        assertThat(CatalogueCheck.problems(doc, doc)).isEmpty();
    }
}
