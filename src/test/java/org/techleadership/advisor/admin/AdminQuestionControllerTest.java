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
import org.techleadership.advisor.catalogue.Question;
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

@AdminWebTest(AdminQuestionController.class)
class AdminQuestionControllerTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CatalogueEditor editor;

    @BeforeEach
    void catalogue() {
        when(editor.workingCopy()).thenReturn(CatalogueFixture.document());
        when(editor.saveQuestion(any(), anyString())).thenReturn(List.of());
    }

    @ParameterizedTest(name = "{0}: empty and over {1} characters are errors, {1} is not")
    @CsvSource({"prompt,300", "help,500", "shortLabel,80", "label[PROCESS],200", "hint[PRODUCT],400",
            "whatIf[PROCESS],300"})
    void eachTextHasCatalogueChecksLimits(String field, int max) {
        assertThat(post(form().with(field, " "))).model().extractingBindingResult("questionForm").hasFieldErrors(field);
        assertThat(post(form().with(field, "x".repeat(max + 1)))).model().extractingBindingResult("questionForm")
                .hasFieldErrors(field);
        verify(editor, never()).saveQuestion(any(), anyString());
        assertThat(post(form().with(field, "x".repeat(max)))).hasStatus3xxRedirection();
    }

    @Test
    void anEmptiedOptionLabelIsAnErrorNextToThatOptionAndTheRestStaysAsTyped() {
        MvcTestResult result = post(form().with("label[PROCESS]", "").with("label[PRODUCT]", "A better product"));

        assertThat(result).hasStatusOk();
        Document page = Html.of(result);
        assertThat(page.select("#option-PROCESS .field.has-error").text()).contains("Enter a label for every answer option.");
        assertThat(page.getElementById("label-PROCESS").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("label-PRODUCT").val()).isEqualTo("A better product");
        assertThat(page.select("#error-summary a[href='#label-PROCESS']")).hasSize(1);
    }

    @Test
    void aValidQuestionIsSavedAndKeepsItsKeysStepAndLeans() {
        assertThat(post(form().with("shortLabel", " First focus "))).hasRedirectedUrl("/admin/catalogue");

        Question q = CatalogueFixture.FOCUS;
        verify(editor).saveQuestion(eq(new Question("focus", 1, q.prompt(), q.help(), "First focus", q.options())),
                eq("admin"));
    }

    @Test
    void theEditorsProblemsGoInTheErrorSummary() {
        when(editor.saveQuestion(any(), anyString())).thenReturn(List.of("Option focus.PROCESS label is empty."));

        Document page = Html.of(post(form()));
        assertThat(page.select("#error-summary li").text()).isEqualTo("Option focus.PROCESS label is empty.");
    }

    private MvcTestResult post(Form form) {
        var request = mvc.post().uri("/admin/catalogue/questions/focus").with(user(admin())).with(csrf());
        form.fields.forEach(request::param);
        return request.exchange();
    }

    private static Form form() {
        Form form = new Form().with("prompt", CatalogueFixture.FOCUS.prompt()).with("help", CatalogueFixture.FOCUS.help())
                .with("shortLabel", CatalogueFixture.FOCUS.shortLabel());
        CatalogueFixture.FOCUS.options().forEach(o -> form.with("label[" + o.key() + "]", o.label())
                .with("hint[" + o.key() + "]", o.hint()).with("whatIf[" + o.key() + "]", o.whatIf()));
        return form;
    }

    private static final class Form {
        final Map<String, String> fields = new LinkedHashMap<>();

        Form with(String name, String value) {
            fields.put(name, value);
            return this;
        }
    }
}
