package org.techleadership.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * What the real-browser tests share: launching Debian's Chromium through Playwright (never a
 * downloaded browser), the answer sets they walk with, and full-page screenshots.
 */
final class BrowserSupport {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    /** The CIO scenario, step by step, in the order the questions appear. */
    static final List<Map<String, String>> CIO_ANSWERS = steps(AnswerSets.CIO);
    static final String CIO_NAME = AnswerSets.CIO_NAME;

    /** A product company with an engineering team and one salary to spend: a CTO. */
    static final List<Map<String, String>> CTO_ANSWERS = steps(AnswerSets.CTO);
    static final String CTO_NAME = AnswerSets.CTO_NAME;

    /** A small regulated firm with no IT staff and a few days of advice a year: a vCIO. */
    static final List<Map<String, String>> VCIO_ANSWERS = steps(AnswerSets.VCIO);
    static final String VCIO_NAME = AnswerSets.VCIO_NAME;

    private BrowserSupport() {
    }

    /** Skips the calling test class, saying how to get the browser, when Chromium is not installed. */
    static void assumeChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Real-browser tests skipped: " + CHROMIUM + " is missing. Install it with"
                        + " `apt-get install chromium` (as root), or run .ci/run, which installs it.");
    }

    /** Playwright's driver without its browser download: the browser is Debian's. */
    static Playwright createPlaywright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    static PageAssertions expect(Page page) {
        return PlaywrightAssertions.assertThat(page);
    }

    /** The id of the element that has the keyboard focus, or "" when it has none. */
    static String focusedId(Page page) {
        return (String) page.evaluate("() => document.activeElement ? document.activeElement.id : ''");
    }

    /** Walks the questionnaire with the mouse, from a fresh landing page to the result page. */
    static void clickThroughToResult(Page page, String baseUrl, List<Map<String, String>> steps) {
        page.navigate(baseUrl + "/");
        page.locator("form.start-form button").click();
        for (int i = 0; i < steps.size(); i++) {
            expect(page.locator("#progress-label")).hasText("Step " + (i + 1) + " of " + steps.size());
            steps.get(i).forEach((question, option) -> page.locator("#q-" + question + "-" + option).check());
            page.locator("button[name=action][value=next]").click();
        }
        expect(page.locator("#rec-headline")).isVisible();
    }

    /** The answers step by step, in the order the questions appear. */
    private static List<Map<String, String>> steps(Answers answers) {
        return java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(step -> AnswerSets.byStep(answers, step)).toList();
    }

    /** Numbered full-page screenshots under target/screenshots/{test}/NN-name.png. */
    static final class Screenshots {
        private final Path dir;
        private int count;

        Screenshots(String test) {
            dir = Paths.get("target", "screenshots", test);
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path take(Page page, String name) {
            Path file = dir.resolve(String.format("%02d-%s.png", ++count, name));
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            assertThat(file).isNotEmptyFile();
            return file;
        }
    }
}
