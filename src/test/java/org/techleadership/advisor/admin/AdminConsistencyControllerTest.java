package org.techleadership.advisor.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.ConsistencyRule;
import org.techleadership.advisor.catalogue.ConsistencyRule.Answer;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

@AdminWebTest(AdminConsistencyController.class)
class AdminConsistencyControllerTest {

    static final Question SIZE = new Question("company_size", 1, "How many people work here?", "Count everyone.",
            "Company size", List.of(
                    new Question.AnswerOption("MICRO", "1–10 people", "Very small.", "you were smaller", null, -2),
                    new Question.AnswerOption("LARGE", "251–1,000 people", "Sizeable.", "you were larger", null, 2)));

    static final ConsistencyRule MICRO_PRODUCT = new ConsistencyRule("micro-product",
            List.of(new Answer("company_size", "MICRO"), new Answer("focus", "PRODUCT")),
            "Please check your company size and your aim.");

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CatalogueEditor editor;

    @BeforeEach
    void catalogue() {
        CatalogueDocument fixture = CatalogueFixture.document();
        when(editor.workingCopy()).thenReturn(new CatalogueDocument(1, fixture.steps(),
                List.of(CatalogueFixture.FOCUS, SIZE), fixture.profiles(), fixture.rules(), List.of(MICRO_PRODUCT),
                List.of()));
        when(editor.saveConsistencyRule(any(), any(), anyString())).thenReturn(List.of());
        when(editor.deleteConsistencyRule(anyString(), anyString())).thenReturn(false);
        when(editor.deleteConsistencyRule(eq("micro-product"), anyString())).thenReturn(true);
    }

    private static Document page(MvcTestResult result) {
        return Html.of(result);
    }

    private MvcTestResult post(String path, String... fields) {
        var request = mvc.post().uri(path).with(user(admin())).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    @Test
    void theListShowsEachRuleWithItsAnswersAndMessage() {
        Document page = page(mvc.get().uri("/admin/catalogue/consistency").with(user(admin())).exchange());
        assertThat(page.getElementById("rule-micro-product").text())
                .contains("micro-product", "Company size: 1–10 people", "Focus: Improve a product",
                        "Please check your company size and your aim.");
        assertThat(page.select("a[href='/admin/catalogue/consistency/micro-product']")).hasSize(1);
        assertThat(page.select("form[action='/admin/catalogue/consistency/micro-product/delete']")).hasSize(1);
        assertThat(page.select("a#add-rule[href='/admin/catalogue/consistency/new']")).hasSize(1);
    }

    @Test
    void aNewRuleIsAddedToTheDraft() {
        assertThat(post("/admin/catalogue/consistency/new", "key", "micro-large", "answer[0]", "company_size=MICRO",
                "answer[1]", "focus=PROCESS", "answer[2]", "", "message", " Please check both. "))
                .hasStatus3xxRedirection().hasRedirectedUrl("/admin/catalogue/consistency");

        verify(editor).saveConsistencyRule(isNull(), eq(new ConsistencyRule("micro-large",
                List.of(new Answer("company_size", "MICRO"), new Answer("focus", "PROCESS")), "Please check both.")),
                eq("admin"));
    }

    @Test
    void anEditKeepsTheKeyAndReplacesTheRule() {
        Document form = page(mvc.get().uri("/admin/catalogue/consistency/micro-product").with(user(admin())).exchange());
        assertThat(form.getElementById("key").val()).isEqualTo("micro-product");
        assertThat(form.getElementById("key").hasAttr("readonly")).isTrue();
        assertThat(form.select("#answer-0 option[selected]").val()).isEqualTo("company_size=MICRO");
        assertThat(form.select("#answer-1 option[selected]").val()).isEqualTo("focus=PRODUCT");
        assertThat(form.getElementById("message").text()).isEqualTo("Please check your company size and your aim.");

        assertThat(post("/admin/catalogue/consistency/micro-product", "key", "renamed", "answer[0]", "company_size=LARGE",
                "answer[1]", "focus=PRODUCT", "message", "Please check again."))
                .hasStatus3xxRedirection().hasRedirectedUrl("/admin/catalogue/consistency");
        verify(editor).saveConsistencyRule(eq("micro-product"), eq(new ConsistencyRule("micro-product",
                List.of(new Answer("company_size", "LARGE"), new Answer("focus", "PRODUCT")), "Please check again.")),
                eq("admin"));
    }

    @Test
    void aDeletedRuleLeavesTheDraftAndAnUnknownOneIsNotFound() {
        assertThat(post("/admin/catalogue/consistency/micro-product/delete"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/admin/catalogue/consistency");
        verify(editor).deleteConsistencyRule("micro-product", "admin");
        assertThat(post("/admin/catalogue/consistency/nope/delete")).hasStatus(404);
        assertThat(mvc.get().uri("/admin/catalogue/consistency/nope").with(user(admin()))).hasStatus(404);
    }

    @Test
    void oneAnswerOnlyIsAnErrorNextToTheRowsAndKeepsWhatWasTyped() {
        MvcTestResult result = post("/admin/catalogue/consistency/new", "key", "lonely", "answer[0]", "focus=PROCESS",
                "answer[1]", "", "message", "Please check this.");

        assertThat(result).hasStatusOk().model().extractingBindingResult("consistencyForm").hasFieldErrors("answer[1]");
        Document page = page(result);
        assertThat(page.getElementById("answer[1]-error").text()).contains("Choose at least two answers.");
        assertThat(page.select("#error-summary a[href='#answer-1']")).hasSize(1);
        assertThat(page.getElementById("answer-1").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("answer-1").attr("aria-describedby")).isEqualTo("answer[1]-error");
        assertThat(page.getElementById("key").val()).isEqualTo("lonely");
        assertThat(page.select("#answer-0 option[selected]").val()).isEqualTo("focus=PROCESS");
        assertThat(page.getElementById("message").text()).isEqualTo("Please check this.");
        assertThat(page.title()).startsWith("Error:");
        verify(editor, never()).saveConsistencyRule(any(), any(), anyString());
    }

    @Test
    void twoAnswersToOneQuestionAreAnErrorOnTheSecond() {
        MvcTestResult result = post("/admin/catalogue/consistency/new", "key", "twice", "answer[0]", "focus=PROCESS",
                "answer[1]", "focus=PRODUCT", "message", "Please check this.");

        assertThat(result).hasStatusOk().model().extractingBindingResult("consistencyForm").hasFieldErrors("answer[1]");
        assertThat(page(result).getElementById("answer[1]-error").text()).contains("like another one");
        verify(editor, never()).saveConsistencyRule(any(), any(), anyString());
    }

    @Test
    void anAnswerNotInTheCatalogueIsAnErrorOnItsRow() {
        assertThat(post("/admin/catalogue/consistency/new", "key", "odd", "answer[0]", "focus=PROCESS",
                "answer[1]", "company_size=HUGE", "message", "Please check this."))
                .hasStatusOk().model().extractingBindingResult("consistencyForm").hasFieldErrors("answer[1]");
        verify(editor, never()).saveConsistencyRule(any(), any(), anyString());
    }

    @Test
    void aTakenMalformedOrMissingKeyIsAnErrorNextToTheKey() {
        for (String key : List.of("micro-product", "Not A Key", "", "k".repeat(61))) {
            MvcTestResult result = post("/admin/catalogue/consistency/new", "key", key, "answer[0]", "focus=PROCESS",
                    "answer[1]", "company_size=MICRO", "message", "Please check this.");
            assertThat(result).as(key).hasStatusOk().model().extractingBindingResult("consistencyForm").hasFieldErrors("key");
            assertThat(page(result).getElementById("key").val()).isEqualTo(key);
        }
        verify(editor, never()).saveConsistencyRule(any(), any(), anyString());
    }

    @Test
    void aBlankOrTooLongMessageIsAnErrorNextToTheMessage() {
        for (String message : List.of("  ", "m".repeat(401))) {
            MvcTestResult result = post("/admin/catalogue/consistency/new", "key", "fine", "answer[0]", "focus=PROCESS",
                    "answer[1]", "company_size=MICRO", "message", message);
            assertThat(result).hasStatusOk().model().extractingBindingResult("consistencyForm").hasFieldErrors("message");
            assertThat(page(result).getElementById("message").text()).isEqualTo(message.strip());
        }
        verify(editor, never()).saveConsistencyRule(any(), any(), anyString());
    }

    @Test
    void theEditorsProblemsGoInTheErrorSummary() {
        when(editor.saveConsistencyRule(any(), any(), anyString()))
                .thenReturn(List.of("Consistency rule fine appears twice: each rule needs a key of its own."));
        MvcTestResult result = post("/admin/catalogue/consistency/new", "key", "fine", "answer[0]", "focus=PROCESS",
                "answer[1]", "company_size=MICRO", "message", "Please check this.");
        assertThat(result).hasStatusOk();
        assertThat(page(result).select("#error-summary li").text()).contains("appears twice");
    }
}
