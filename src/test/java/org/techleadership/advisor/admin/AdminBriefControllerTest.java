package org.techleadership.advisor.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.HiringBrief;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

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

/** /admin/catalogue/profiles/{code}/brief: a role's hiring brief, edited in the draft, each problem next to its field. */
@AdminWebTest({AdminBriefController.class, AdminProfileController.class})
class AdminBriefControllerTest {

    static final List<String> EIGHT = List.of("One?", "Two?", "Three?", "Four?", "Five?", "Six?", "Seven?", "Eight?");
    static final HiringBrief BRIEF = new HiringBrief("Reports to the CEO.",
            List.of(new HiringBrief.KpiTarget("Uptime", "Measure a month first.")), EIGHT,
            List.of("No references."), List.of("Days 1–30: listen."));

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CatalogueEditor editor;

    @BeforeEach
    void catalogue() {
        CatalogueDocument doc = CatalogueFixture.document();
        when(editor.workingCopy()).thenReturn(doc.withProfiles(List.of(CatalogueFixture.CIO.withBrief(BRIEF),
                CatalogueFixture.CTO)));
        when(editor.saveBrief(anyString(), any(), anyString())).thenReturn(List.of());
        when(editor.saveProfile(any(), anyString())).thenReturn(List.of());
    }

    @Test
    void theFormShowsTheBriefWithAFirstTargetForEachKpi() {
        Document page = Html.of(mvc.get().uri("/admin/catalogue/profiles/CIO/brief").with(user(admin())).exchange());
        assertThat(page.getElementById("reportingLine").val()).isEqualTo("Reports to the CEO.");
        assertThat(page.select("label[for=targets-0]").text()).isEqualTo("Uptime");
        assertThat(page.getElementById("targets-0").val()).isEqualTo("Measure a month first.");
        assertThat(page.select("input[name='kpis[0]']").val()).isEqualTo("Uptime");
        assertThat(page.getElementById("questions").val()).isEqualTo(String.join("\n", EIGHT));
        assertThat(page.getElementById("error-summary")).isNull();
    }

    @Test
    void aRoleWithoutABriefGetsAnEmptyFormWithARowPerKpi() {
        Document page = Html.of(mvc.get().uri("/admin/catalogue/profiles/CTO/brief").with(user(admin())).exchange());
        assertThat(page.select("label[for=targets-0]").text()).isEqualTo("Release rate");
        assertThat(page.getElementById("targets-0").val()).isEmpty();
        assertThat(page.getElementById("questions").val()).isEmpty();
    }

    @Test
    void aValidBriefIsSavedInTheDraft() {
        assertThat(post(form().with("redFlags", " No references. \n\nVague about the end date."))).hasStatus3xxRedirection()
                .hasRedirectedUrl("/admin/catalogue");
        verify(editor).saveBrief(eq("CIO"), eq(new HiringBrief("Reports to the CEO.",
                List.of(new HiringBrief.KpiTarget("Uptime", "Measure a month first.")), EIGHT,
                List.of("No references.", "Vague about the end date."), List.of("Days 1–30: listen."))), eq("admin"));
    }

    @Test
    void sevenQuestionsAreAnErrorNextToTheQuestionsAndTheFormStaysAsTyped() {
        String seven = String.join("\n", EIGHT.subList(0, 7));
        MvcTestResult result = post(form().with("questions", seven).with("reportingLine", "Reports to the board."));

        assertThat(result).hasStatusOk().model().extractingBindingResult("briefForm").hasFieldErrors("questions");
        Document page = Html.of(result);
        assertThat(page.getElementById("questions-error").text()).contains("exactly 8 questions").contains("there are 7");
        assertThat(page.getElementById("questions").val()).isEqualTo(seven);
        assertThat(page.getElementById("reportingLine").val()).isEqualTo("Reports to the board.");
        assertThat(page.select("#error-summary a[href='#questions']")).hasSize(1);
        assertThat(page.title()).startsWith("Error:");
        verify(editor, never()).saveBrief(anyString(), any(), anyString());
    }

    @Test
    void anEmptyReportingLineAndAnEmptyTargetAreErrorsNextToThem() {
        MvcTestResult result = post(form().with("reportingLine", "  ").with("targets[0]", ""));

        assertThat(result).model().extractingBindingResult("briefForm").hasFieldErrors("reportingLine", "targets[0]");
        Document page = Html.of(result);
        assertThat(page.getElementById("targets[0]-error").text()).contains("The first target for “Uptime” is empty.");
        assertThat(page.select("#error-summary a[href='#targets-0']")).hasSize(1);
        verify(editor, never()).saveBrief(anyString(), any(), anyString());
    }

    @Test
    void aTargetForAKpiTheRoleDoesNotHaveIsRefused() {
        assertThat(post(form().with("kpis[0]", "Happiness"))).model().extractingBindingResult("briefForm")
                .hasFieldErrors("targets[0]");
        verify(editor, never()).saveBrief(anyString(), any(), anyString());
    }

    @Test
    void overlongLinesAndTooManyRedFlagsAreRefused() {
        assertThat(post(form().with("reportingLine", "x".repeat(301)))).model().extractingBindingResult("briefForm")
                .hasFieldErrors("reportingLine");
        assertThat(post(form().with("redFlags", "x\n".repeat(9)))).model().extractingBindingResult("briefForm")
                .hasFieldErrors("redFlags");
        assertThat(post(form().with("first90Days", ""))).model().extractingBindingResult("briefForm")
                .hasFieldErrors("first90Days");
        assertThat(post(form().with("questions", String.join("\n", EIGHT.subList(0, 7)) + "\n" + "x".repeat(301))))
                .model().extractingBindingResult("briefForm").hasFieldErrors("questions");
        verify(editor, never()).saveBrief(anyString(), any(), anyString());
        assertThat(post(form().with("reportingLine", "x".repeat(300)))).hasStatus3xxRedirection();
    }

    @Test
    void theEditorsProblemsGoInTheErrorSummary() {
        when(editor.saveBrief(anyString(), any(), anyString())).thenReturn(List.of("Role CIO hiring brief: something."));
        Document page = Html.of(post(form()));
        assertThat(page.select("#error-summary li").text()).isEqualTo("Role CIO hiring brief: something.");
    }

    @Test
    void renamingAKpiOnTheRolePageTakesItsFirstTargetAlong() {
        var request = mvc.post().uri("/admin/catalogue/profiles/CIO").with(user(admin())).with(csrf());
        RoleProfile p = CatalogueFixture.CIO;
        Map.of("name", p.name(), "shortName", p.shortName(), "summary", p.summary(), "focus", p.focus(),
                "measuredOn", p.measuredOn(), "engagement", p.engagement(), "timeCommitment", p.timeCommitment(),
                "chooseIf", p.chooseIf(), "responsibilities", String.join("\n", p.responsibilities()),
                "kpis", "Availability: of the systems people use\nCost: per head")
                .forEach(request::param);
        request.param("nextSteps", "First 30 days: agree the priorities");
        assertThat(request.exchange()).hasStatus3xxRedirection();

        verify(editor).saveProfile(org.mockito.ArgumentMatchers.argThat(r -> r.brief().firstTargets().equals(
                List.of(new HiringBrief.KpiTarget("Availability", "Measure a month first.")))), eq("admin"));
    }

    @Test
    void anUnknownRoleIsNotFound() {
        assertThat(mvc.get().uri("/admin/catalogue/profiles/NOPE/brief").with(user(admin()))).hasStatus(404);
    }

    private MvcTestResult post(Form form) {
        var request = mvc.post().uri("/admin/catalogue/profiles/CIO/brief").with(user(admin())).with(csrf());
        form.fields.forEach(request::param);
        return request.exchange();
    }

    private static Form form() {
        return new Form().with("reportingLine", BRIEF.reportingLine()).with("kpis[0]", "Uptime")
                .with("targets[0]", "Measure a month first.").with("questions", String.join("\n", EIGHT))
                .with("redFlags", "No references.").with("first90Days", "Days 1–30: listen.");
    }

    private static final class Form {
        final Map<String, String> fields = new LinkedHashMap<>();

        Form with(String name, String value) {
            fields.put(name, value);
            return this;
        }
    }
}
