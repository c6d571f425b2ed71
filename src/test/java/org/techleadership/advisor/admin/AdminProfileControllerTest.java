package org.techleadership.advisor.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
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

@AdminWebTest(AdminProfileController.class)
class AdminProfileControllerTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CatalogueEditor editor;

    @BeforeEach
    void catalogue() {
        when(editor.workingCopy()).thenReturn(CatalogueFixture.document());
        when(editor.saveProfile(any(), anyString())).thenReturn(List.of());
    }

    @Test
    void theFormShowsTheRoleWithItsLinesAsNameAndText() {
        Document page = Html.of(mvc.get().uri("/admin/catalogue/profiles/CIO").with(user(admin())).exchange());
        assertThat(page.getElementById("name").val()).isEqualTo("Chief Information Officer (CIO)");
        assertThat(page.getElementById("kpis").val()).isEqualTo("Uptime: of the systems people use");
        assertThat(page.getElementById("error-summary")).isNull();
    }

    @ParameterizedTest(name = "{0}: empty and over {1} characters are errors, {1} is not")
    @CsvSource({"name,100", "shortName,40", "summary,400", "focus,400", "measuredOn,300", "engagement,300",
            "timeCommitment,500", "chooseIf,800"})
    void eachTextHasCatalogueChecksLimits(String field, int max) {
        assertThat(post(form().with(field, "  "))).model().extractingBindingResult("profileForm").hasFieldErrors(field);
        assertThat(post(form().with(field, "x".repeat(max + 1)))).model().extractingBindingResult("profileForm")
                .hasFieldErrors(field);
        verify(editor, never()).saveProfile(any(), anyString());
        assertThat(post(form().with(field, "x".repeat(max)))).hasStatus3xxRedirection();
    }

    @Test
    void anEmptiedNameIsAnErrorNextToItAndTheRestStaysAsTyped() {
        MvcTestResult result = post(form().with("name", "").with("shortName", "The CIO, edited"));

        assertThat(result).hasStatusOk();
        Document page = Html.of(result);
        assertThat(page.select(".field.has-error:has(#name) #name-error").text()).contains("Enter the role’s full name.");
        assertThat(page.getElementById("name").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("name").val()).isEmpty();
        assertThat(page.getElementById("shortName").val()).isEqualTo("The CIO, edited");
        assertThat(page.select("#error-summary a[href='#name']")).hasSize(1);
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select("h1").text()).contains("Chief Information Officer (CIO)");
    }

    @Test
    void aKpiLineWithoutNameAndTextIsAnErrorNextToTheKpisAndIsKeptAsTyped() {
        MvcTestResult result = post(form().with("kpis", "Uptime: of the systems\nno colon here"));

        assertThat(result).model().extractingBindingResult("profileForm").hasFieldErrors("kpis");
        Document page = Html.of(result);
        assertThat(page.getElementById("kpis-error").text()).contains("KPI “no colon here” needs the form “name: text”.");
        assertThat(page.getElementById("kpis").val()).isEqualTo("Uptime: of the systems\nno colon here");
        verify(editor, never()).saveProfile(any(), anyString());
    }

    @Test
    void aNextStepLineWithoutNameAndTextIsAnErrorNextToTheNextSteps() {
        assertThat(post(form().with("nextSteps", "Later:"))).model().extractingBindingResult("profileForm")
                .hasFieldErrors("nextSteps");
        assertThat(post(form().with("nextSteps", "x".repeat(61) + ": too long a horizon"))).model()
                .extractingBindingResult("profileForm").hasFieldErrors("nextSteps");
        verify(editor, never()).saveProfile(any(), anyString());
    }

    @Test
    void aRoleNeedsAResponsibilityAKpiAndANextStep() {
        assertThat(post(form().with("responsibilities", " \n ").with("kpis", "").with("nextSteps", "")))
                .model().extractingBindingResult("profileForm")
                .hasFieldErrors("responsibilities", "kpis", "nextSteps");
        assertThat(post(form().with("responsibilities", "x".repeat(401)))).model()
                .extractingBindingResult("profileForm").hasFieldErrors("responsibilities");
        verify(editor, never()).saveProfile(any(), anyString());
    }

    @ParameterizedTest(name = "{0}: over {1} characters in all is an error, {1} is not")
    @CsvSource({"responsibilities,4000", "kpis,5000", "nextSteps,5000"})
    void eachListHasALimitInAll(String field, int max) {
        String line = field.equals("responsibilities") ? "x".repeat(99) + "\n" : "Name: " + "x".repeat(93) + "\n";
        String atMax = line.repeat(max / 100);
        MvcTestResult tooLong = post(form().with(field, atMax + " ")); // a blank line: only the size is wrong

        assertThat(tooLong).model().extractingBindingResult("profileForm").hasFieldErrorCode(field, "Size");
        assertThat(Html.of(tooLong).getElementById(field + "-error").text()).contains(max + " characters in all");
        assertThat(Html.of(tooLong).getElementById(field).val()).startsWith(atMax.strip());
        verify(editor, never()).saveProfile(any(), anyString());
        assertThat(post(form().with(field, atMax))).hasStatus3xxRedirection();
    }

    @Test
    void aValidRoleIsSavedWithItsLinesParsedAndTheCodeFromTheAddress() {
        assertThat(post(form().with("kpis", " Cost : per head \n\nUptime:99%").with("code", "CTO")))
                .hasStatus3xxRedirection().hasRedirectedUrl("/admin/catalogue");

        RoleProfile cio = CatalogueFixture.CIO;
        verify(editor).saveProfile(eq(new RoleProfile("CIO", cio.name(), cio.shortName(), cio.summary(), cio.focus(),
                cio.looks(), cio.measuredOn(), cio.engagement(), cio.timeCommitment(), cio.chooseIf(),
                cio.mapOutward(), cio.mapFullTime(), cio.responsibilities(),
                List.of(new RoleProfile.Kpi("Cost", "per head"), new RoleProfile.Kpi("Uptime", "99%")),
                cio.nextSteps())), eq("admin"));
    }

    @Test
    void theEditorsProblemsGoInTheErrorSummaryAndTheFormStaysAsTyped() {
        when(editor.saveProfile(any(), anyString())).thenReturn(List.of("Role CIO short name is longer than 40 characters."));

        MvcTestResult result = post(form().with("summary", "A new summary"));

        assertThat(result).hasStatusOk();
        Document page = Html.of(result);
        assertThat(page.select("#error-summary li").text()).isEqualTo("Role CIO short name is longer than 40 characters.");
        assertThat(page.getElementById("summary").val()).isEqualTo("A new summary");
    }

    @Test
    void anUnknownRoleIsNotFound() {
        assertThat(mvc.get().uri("/admin/catalogue/profiles/NOPE").with(user(admin()))).hasStatus(404);
    }

    private MvcTestResult post(Form form) {
        var request = mvc.post().uri("/admin/catalogue/profiles/CIO").with(user(admin())).with(csrf());
        form.fields.forEach(request::param);
        return request.exchange();
    }

    /** The form as the page sends it for the fixture's CIO. */
    private static Form form() {
        RoleProfile p = CatalogueFixture.CIO;
        return new Form().with("name", p.name()).with("shortName", p.shortName()).with("summary", p.summary())
                .with("focus", p.focus()).with("measuredOn", p.measuredOn()).with("engagement", p.engagement())
                .with("timeCommitment", p.timeCommitment()).with("chooseIf", p.chooseIf())
                .with("responsibilities", String.join("\n", p.responsibilities()))
                .with("kpis", "Uptime: of the systems people use").with("nextSteps", "First 30 days: agree the priorities");
    }

    private static final class Form {
        final Map<String, String> fields = new LinkedHashMap<>();

        Form with(String name, String value) {
            fields.put(name, value);
            return this;
        }
    }
}
