package org.techleadership.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techleadership.advisor.browser.BrowserSupport.CIO_ANSWERS;
import static org.techleadership.advisor.browser.BrowserSupport.CIO_NAME;
import static org.techleadership.advisor.browser.BrowserSupport.expect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techleadership.advisor.support.AnswerSets;
import org.techleadership.advisor.team.TeamAssessment;
import org.techleadership.advisor.team.TeamAssessments;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every kind of page, in a real browser, plus
 * the checks axe cannot make for us: grouped and labelled questions, working error links, and a
 * chart that can be read without seeing it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @LocalServerPort
    int port;

    @Autowired
    TeamAssessments teams;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;

    /** Serious or critical violations found by the test so far, one line per node. */
    final List<String> problems = new ArrayList<>();

    @BeforeAll
    void launch() {
        BrowserSupport.assumeChromium();
        playwright = BrowserSupport.createPlaywright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    void shutDown() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void open() {
        problems.clear();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void landingRolesAndNotFoundPagesHaveNoSeriousViolations() {
        page.navigate(url("/"));
        scan("landing");

        page.navigate(url("/roles"));
        expect(page.locator("h1")).isVisible();
        scan("roles");

        Response notFound = page.navigate(url("/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertThat(notFound.status()).isEqualTo(404);
        expect(page.locator("h1")).hasText("We could not find that page");
        scan("404");

        assertNoBlockingViolations();
    }

    @Test
    void everyQuestionnaireStepAndItsErrorsAreAccessible() {
        page.navigate(url("/"));
        page.locator("form.start-form button").click();

        for (int i = 0; i < CIO_ANSWERS.size(); i++) {
            int step = i + 1;
            expect(page.locator("#progress-label")).hasText("Step " + step + " of 4");
            assertQuestionsAreGroupedAndLabelled("step " + step);
            scan("step " + step);

            if (step == 2) {
                // one question left unanswered: the page with its error summary and field error
                Map<String, String> answers = CIO_ANSWERS.get(i);
                page.locator("#q-company_size-" + answers.get("company_size")).check();
                page.locator("button[name=action][value=next]").click();
                expect(page.locator("#error-summary")).isVisible();
                expect(page).hasTitle(Pattern.compile("^Error: "));
                assertErrorLinksPointAtQuestions(2);
                assertQuestionsAreGroupedAndLabelled("step 2 with errors");
                for (String key : List.of("tech_team", "regulation")) {
                    expect(page.locator("#q-" + key + "-error")).isVisible();
                    expect(page.locator("#q-" + key)).hasAttribute("aria-describedby",
                            Pattern.compile("(^|\\s)q-" + key + "-error(\\s|$)"));
                }
                scan("step 2 with errors");
            }

            CIO_ANSWERS.get(i).forEach((question, option) -> page.locator("#q-" + question + "-" + option).check());
            page.locator("button[name=action][value=next]").click();
        }

        expect(page.locator("#rec-headline")).hasText(CIO_NAME);
        assertNoBlockingViolations();
    }

    @Test
    void resultAndSharePagesAreAccessibleAndTheChartCanBeReadAsText() {
        BrowserSupport.clickThroughToResult(page, url(""), CIO_ANSWERS);
        expect(page.locator("#rec-headline")).hasText(CIO_NAME);
        assertRankingIsReadableWithoutTheChart();
        scan("result");

        String shareUrl = page.locator("#share-url").inputValue();
        page.navigate(shareUrl);
        expect(page.locator("#rec-headline")).hasText(CIO_NAME);
        assertRankingIsReadableWithoutTheChart();
        scan("share");

        assertNoBlockingViolations();
    }

    /** A team of three, two of whom have answered (disagreeing on the main aim and the budget); returns the team. */
    private TeamAssessment teamWithAResult() {
        TeamAssessment team = teams.create("Harbour Bakery", List.of(new TeamAssessments.NewMember("Owner — Ana", null),
                new TeamAssessments.NewMember("Finance — Ben", null), new TeamAssessments.NewMember("Operations — Cleo", null)),
                null, null);
        Map<String, String> ben = new LinkedHashMap<>(AnswerSets.CTO.byQuestion());
        ben.put("focus", "PROCESS");
        ben.put("budget", "PART_TIME");
        teams.answer(null, team.getMembers().get(0).getToken(), AnswerSets.CTO.byQuestion());
        teams.answer(null, team.getMembers().get(1).getToken(), ben);
        return teams.organised(team.getToken()).orElseThrow();
    }

    @Test
    void theTeamsOrganiserAndSharePagesAreAccessibleAndTheirChartsCanBeReadAsText() {
        TeamAssessment team = teamWithAResult();
        page.navigate(url("/teams/" + team.getToken() + "?created"));
        expect(page.locator("#rec-headline")).isVisible();
        assertRankingChartHasItsName();
        assertSpreadChartsAreNamedAndTabulated();
        scan("team organiser");

        page.navigate(url("/t/" + team.getShareToken()));
        expect(page.locator("h1")).hasText("Team recommendation for Harbour Bakery");
        assertSpreadChartsAreNamedAndTabulated();
        scan("team share");

        assertNoBlockingViolations();
    }

    @Test
    void aTeamMembersQuestionnaireAndItsErrorsAreAccessible() {
        TeamAssessment team = teamWithAResult();
        page.navigate(url("/m/" + team.getMembers().get(2).getToken()));
        expect(page.locator("h1")).hasText("You are answering for Harbour Bakery as Operations — Cleo");
        assertQuestionsAreGroupedAndLabelled("team questionnaire");
        scan("team questionnaire");

        // two questions left out: the summary links to each, the questions say what is missing
        AnswerSets.CTO.byQuestion().forEach((q, o) -> {
            if (!q.equals("budget") && !q.equals("regulation")) {
                page.locator("#q-" + q + "-" + o).check();
            }
        });
        page.locator("#send-answers").click();
        expect(page.locator("#error-summary")).isVisible();
        expect(page).hasTitle(Pattern.compile("^Error: "));
        assertThat(focusedId()).isEqualTo("error-summary");
        assertErrorLinksPointAtQuestions(2);
        assertQuestionsAreGroupedAndLabelled("team questionnaire with errors");
        for (String key : List.of("budget", "regulation")) {
            expect(page.locator("#q-" + key)).hasAttribute("aria-describedby",
                    Pattern.compile("(^|\\s)q-" + key + "-error(\\s|$)"));
        }
        scan("team questionnaire with errors");

        AnswerSets.CTO.byQuestion().forEach((q, o) -> page.locator("#q-" + q + "-" + o).check());
        page.locator("#send-answers").click();
        expect(page.locator("#answers-in")).isVisible();
        scan("team member's result");

        assertNoBlockingViolations();
    }

    private String focusedId() {
        return BrowserSupport.focusedId(page);
    }

    /** The ranking chart, of the team's fits, has its accessible name. */
    private void assertRankingChartHasItsName() {
        expect(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Fit of each role with your answers")))).hasCount(1);
    }

    /** Each question's spread chart is named by its title and described; a table says the same, with who. */
    private void assertSpreadChartsAreNamedAndTabulated() {
        var charts = page.locator("svg.spread-chart");
        assertThat(charts.count()).isEqualTo(2);
        for (int i = 0; i < charts.count(); i++) {
            String labelledBy = charts.nth(i).getAttribute("aria-labelledby");
            for (String id : labelledBy.split("\\s+")) {
                expect(page.locator("[id='" + id + "']")).not().isEmpty();
            }
        }
        expect(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("How the team answered: Main aim"))).hasCount(1);
        var table = page.locator("#spread-focus-caption").locator("xpath=..");
        expect(table.locator("tbody tr")).hasCount(2);
        expect(table).containsText("Finance — Ben");
        expect(table).containsText("Owner — Ana");
    }

    // ------------------------------------------------------------------------------------------

    private void scan(String where) {
        page.waitForLoadState();
        AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
        assertThat(results.isErrored()).as("axe failed on the %s page: %s", where, results.getErrorMessage())
                .isFalse();
        for (Rule rule : results.getViolations()) {
            if (rule.getImpact() == null || !BLOCKING.contains(rule.getImpact())) {
                continue;
            }
            StringBuilder line = new StringBuilder()
                    .append(where).append(": ").append(rule.getId()).append(" [").append(rule.getImpact())
                    .append("] ").append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                line.append("\n    at ").append(node.getTarget());
            }
            problems.add(line.toString());
        }
    }

    private void assertNoBlockingViolations() {
        if (!problems.isEmpty()) {
            problems.forEach(System.out::println);
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    /** Every question is a fieldset with a legend; every radio button has a label. */
    private void assertQuestionsAreGroupedAndLabelled(String where) {
        int fieldsets = page.locator("form.questionnaire fieldset").count();
        assertThat(fieldsets).as("questions on %s", where).isPositive();
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) page.evaluate("() => ["
                + " ...Array.from(document.querySelectorAll('fieldset'))"
                + "    .filter(f => { const l = f.querySelector(':scope > legend');"
                + "                   return !l || l.textContent.trim() === ''; })"
                + "    .map(f => 'fieldset#' + f.id + ' has no legend'),"
                + " ...Array.from(document.querySelectorAll('input[type=radio]'))"
                + "    .filter(r => r.labels.length === 0 || r.labels[0].textContent.trim() === '')"
                + "    .map(r => 'radio#' + r.id + ' has no label'),"
                + " ...Array.from(document.querySelectorAll('input[type=radio]'))"
                + "    .filter(r => !r.closest('fieldset'))"
                + "    .map(r => 'radio#' + r.id + ' is outside a fieldset') ]");
        assertThat(unlabelled).as("unlabelled controls on %s", where).isEmpty();
        // and the browser's accessibility tree agrees: each group is named by its legend
        String firstLegend = page.locator("form.questionnaire fieldset legend").first().textContent().trim();
        expect(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(firstLegend))).hasCount(1);
    }

    /** Each link of the error summary points at an element that exists: the question at fault. */
    private void assertErrorLinksPointAtQuestions(int expectedLinks) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> links = (List<Map<String, Object>>) page.evaluate("() =>"
                + " Array.from(document.querySelectorAll('#error-summary a')).map(a => {"
                + "   const href = a.getAttribute('href');"
                + "   const target = href && href.startsWith('#') ? document.getElementById(href.slice(1)) : null;"
                + "   return { href: href, text: a.textContent.trim(),"
                + "            target: target ? target.tagName.toLowerCase() : null }; })");
        assertThat(links).hasSize(expectedLinks);
        for (Map<String, Object> link : links) {
            assertThat(link.get("target")).as("target of error link %s", link).isEqualTo("fieldset");
            assertThat((String) link.get("text")).as("text of error link %s", link).isNotBlank();
        }
    }

    /** The ranking chart has an accessible name, and the same ranking is there as a table. */
    private void assertRankingIsReadableWithoutTheChart() {
        var chart = page.locator("svg.bar-chart");
        expect(chart).hasAttribute("role", "img");
        @SuppressWarnings("unchecked")
        Map<String, Object> name = (Map<String, Object>) page.evaluate("() => {"
                + " const svg = document.querySelector('svg.bar-chart');"
                + " const ids = (svg.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);"
                + " const labelled = ids.map(id => document.getElementById(id))"
                + "                     .filter(e => e && e.textContent.trim() !== '').length;"
                + " const title = svg.querySelector(':scope > title');"
                + " return { ids: ids.length, labelled: labelled,"
                + "          title: title ? title.textContent.trim() : '' }; }");
        boolean byLabelledBy = ((Number) name.get("ids")).intValue() > 0
                && ((Number) name.get("labelled")).intValue() == ((Number) name.get("ids")).intValue();
        boolean byTitle = !((String) name.get("title")).isEmpty();
        assertThat(byLabelledBy || byTitle).as("accessible name of the ranking chart: %s", name).isTrue();
        // Chromium computes that name too
        expect(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Fit of each role with your answers")))).hasCount(1);

        // the same ranking as a table, with every role and its fit
        page.locator("details.chart-table > summary").click();
        var table = page.locator("details.chart-table table");
        expect(table).isVisible();
        expect(table.locator("caption")).not().isEmpty();
        expect(table.locator("tbody tr")).hasCount(10);
        expect(table.locator("tbody tr").first().locator("th[scope=row]")).hasText(CIO_NAME);
        expect(table.locator("tbody tr").first().locator("td").first()).hasText("91");
        expect(table.locator("tbody tr").first()).containsText("Recommended");
    }
}
