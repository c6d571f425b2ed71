package org.techleadership.advisor.admin;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.catalogue.ScoringRule;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.techleadership.advisor.account.SignedIns.admin;

@AdminWebTest(AdminRulesController.class)
class AdminRulesControllerTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CatalogueEditor editor;

    @BeforeEach
    void catalogue() {
        when(editor.workingCopy()).thenReturn(CatalogueFixture.document());
        when(editor.saveRules(anyString(), anyList(), anyString())).thenReturn(List.of());
    }

    @Test
    void theGridShowsTheStoredRules() {
        Document page = page(mvc.get().uri("/admin/catalogue/rules?question=focus").with(user(admin())).exchange());
        assertThat(page.getElementById("weight-PROCESS-CIO").val()).isEqualTo("3");
        assertThat(page.getElementById("weight-PROCESS-CTO").val()).isEqualTo("0");
        assertThat(page.getElementById("reason-PRODUCT-CTO").val()).isEqualTo("The product is the CTO's.");
        assertThat(page.getElementById("error-summary")).isNull();
    }

    @Test
    void anEmptiedWeightIsAnErrorNextToItsCellAndKeepsTheOtherCells() {
        MvcTestResult result = post(grid().weight("PROCESS-CIO", "").weight("PRODUCT-CTO", "7"));

        assertThat(result).hasStatusOk().model().extractingBindingResult("rulesForm").hasFieldErrors("weight[PROCESS-CIO]");
        Document page = page(result);
        assertThat(page.getElementById("weight-PROCESS-CIO").val()).isEmpty();
        assertThat(page.getElementById("weight-PROCESS-CIO").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("weight-PRODUCT-CTO").val()).isEqualTo("7");
        assertThat(page.getElementById("reason-PROCESS-CIO").val()).isEqualTo("Running the business is the CIO's.");
        assertThat(page.select("tr:has(#weight-PROCESS-CIO) .field-error").text())
                .contains("Improve how the business runs → CIO: enter a weight");
        assertThat(page.select("#error-summary a[href='#weight-PROCESS-CIO']")).hasSize(1);
        assertThat(page.select("tr.row-error")).hasSize(1);
        verify(editor, never()).saveRules(anyString(), anyList(), anyString());
    }

    @Test
    void aWeightThatIsNotANumberIsShownAgainAsTyped() {
        MvcTestResult result = post(grid().weight("PROCESS-CIO", "three"));

        assertThat(result).hasStatusOk().model().extractingBindingResult("rulesForm").hasFieldErrors("weight[PROCESS-CIO]");
        Document page = page(result);
        assertThat(page.getElementById("weight-PROCESS-CIO").val()).isEqualTo("three");
        assertThat(page.getElementById("weight-PROCESS-CIO").attr("type")).isEqualTo("text");
        assertThat(page.select("#error-summary").text()).contains("the weight must be a whole number");
        verify(editor, never()).saveRules(anyString(), anyList(), anyString());
    }

    @Test
    void aWeightOutsideMinusTenToTenIsAnError() {
        assertThat(post(grid().weight("PROCESS-CIO", "11"))).model()
                .extractingBindingResult("rulesForm").hasFieldErrors("weight[PROCESS-CIO]");
        assertThat(post(grid().weight("PROCESS-CIO", "-11"))).model()
                .extractingBindingResult("rulesForm").hasFieldErrors("weight[PROCESS-CIO]");
        verify(editor, never()).saveRules(anyString(), anyList(), anyString());
    }

    @Test
    void aRuleWithAWeightButNoReasonIsAnErrorNextToItsReason() {
        MvcTestResult result = post(grid().weight("PROCESS-CTO", "-2"));

        assertThat(result).hasStatusOk().model().extractingBindingResult("rulesForm").hasFieldErrors("reason[PROCESS-CTO]");
        Document page = page(result);
        assertThat(page.select("#error-summary a[href='#reason-PROCESS-CTO']").text())
                .isEqualTo("Improve how the business runs → CTO: write the reason shown to users,"
                        + " or set the weight to 0 and untick “rules out”.");
        assertThat(page.getElementById("weight-PROCESS-CTO").val()).isEqualTo("-2");
        verify(editor, never()).saveRules(anyString(), anyList(), anyString());
    }

    @Test
    void aRuleThatRulesOutNeedsAReasonToo() {
        assertThat(post(grid().excludes("PRODUCT-CIO"))).model()
                .extractingBindingResult("rulesForm").hasFieldErrors("reason[PRODUCT-CIO]");
        verify(editor, never()).saveRules(anyString(), anyList(), anyString());
    }

    @Test
    void aValidGridIsSavedAsRulesAndCellsWithNothingInThemAreNone() {
        assertThat(post(grid().weight("PROCESS-CIO", "10").weight("PRODUCT-CTO", "-10")
                .excludes("PRODUCT-CIO").reason("PRODUCT-CIO", "Too big a salary.")))
                .hasStatus3xxRedirection().hasRedirectedUrl("/admin/catalogue");

        verify(editor).saveRules(eq("focus"), eq(List.of(
                new ScoringRule("focus", "PROCESS", "CIO", 10, false, "Running the business is the CIO's."),
                new ScoringRule("focus", "PRODUCT", "CIO", 0, true, "Too big a salary."),
                new ScoringRule("focus", "PRODUCT", "CTO", -10, false, "The product is the CTO's."))), eq("admin"));
    }

    @Test
    void theEditorsProblemsGoInTheErrorSummaryAndTheGridStaysAsTyped() {
        when(editor.saveRules(anyString(), anyList(), anyString()))
                .thenReturn(List.of("Rule focus=PROCESS → CIO reason is longer than 300 characters."));

        MvcTestResult result = post(grid().weight("PROCESS-CIO", "4"));

        assertThat(result).hasStatusOk().model().hasAttributeErrors("rulesForm");
        Document page = page(result);
        assertThat(page.select("#error-summary li").text())
                .isEqualTo("Rule focus=PROCESS → CIO reason is longer than 300 characters.");
        assertThat(page.getElementById("weight-PROCESS-CIO").val()).isEqualTo("4");
        assertThat(page.title()).startsWith("Error:");
    }

    @Test
    void anUnknownQuestionIsNotFound() {
        assertThat(mvc.get().uri("/admin/catalogue/rules?question=nope").with(user(admin())))
                .hasStatus(404);
    }

    private MvcTestResult post(Grid grid) {
        var request = mvc.post().uri("/admin/catalogue/rules?question=focus").with(user(admin())).with(csrf());
        grid.weights.forEach((cell, w) -> request.param("weight[" + cell + "]", w));
        grid.reasons.forEach((cell, r) -> request.param("reason[" + cell + "]", r));
        grid.excluded.forEach(cell -> request.param("excludes[" + cell + "]", "true"));
        return request.exchange();
    }

    /** The grid as the page sends it for the fixture's stored rules. */
    private static Grid grid() {
        Grid grid = new Grid();
        for (String cell : List.of("PROCESS-CIO", "PROCESS-CTO", "PRODUCT-CIO", "PRODUCT-CTO")) {
            grid.weights.put(cell, "0");
            grid.reasons.put(cell, "");
        }
        grid.weights.put("PROCESS-CIO", "3");
        grid.reasons.put("PROCESS-CIO", "Running the business is the CIO's.");
        grid.weights.put("PRODUCT-CTO", "3");
        grid.reasons.put("PRODUCT-CTO", "The product is the CTO's.");
        return grid;
    }

    private static final class Grid {
        final java.util.Map<String, String> weights = new java.util.LinkedHashMap<>();
        final java.util.Map<String, String> reasons = new java.util.LinkedHashMap<>();
        final java.util.List<String> excluded = new java.util.ArrayList<>();

        Grid weight(String cell, String w) { weights.put(cell, w); return this; }
        Grid reason(String cell, String r) { reasons.put(cell, r); return this; }
        Grid excludes(String cell) { excluded.add(cell); return this; }
    }

    private static Document page(MvcTestResult result) {
        return Html.of(result);
    }
}
