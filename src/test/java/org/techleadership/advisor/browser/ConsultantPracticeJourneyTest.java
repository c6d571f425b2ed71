package org.techleadership.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.techleadership.advisor.browser.BrowserSupport.VCIO_ANSWERS;
import static org.techleadership.advisor.browser.BrowserSupport.expect;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.mail.SmtpTestServer;

/**
 * The consultant's practice, end to end in a real browser on a phone, with a real SMTP server: the
 * consultant sets up the practice with a logo and a colour, creates a client and e-mails the
 * invitation; the client answers through the e-mailed link and cannot make a second take by opening
 * it again; the consultant is e-mailed, advises another role, and the client's share page and PDF
 * describe both roles and end with the consultant's booking link. With -Ddocs.screenshots=true the
 * screenshots docs/consultants.md shows are written to docs/images/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "advisor.mail.poll=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultantPracticeJourneyTest {

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SmtpTestServer.PORT);
    }

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired AssessmentService assessments;

    Playwright playwright;
    Browser browser;
    final BrowserSupport.Screenshots shots = new BrowserSupport.Screenshots("consultantPracticeJourney");

    @BeforeAll
    void launch() {
        BrowserSupport.assumeChromium();
        SmtpTestServer.start();
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
        SmtpTestServer.stop();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(1)
                .setIsMobile(true).setHasTouch(true));
    }

    private void shot(Page page, String name, String docsName) {
        shots.take(page, name);
        if (docsName != null) {
            docs(page, "main", docsName);
        }
    }

    /** The phone's screen with this element at its top, for docs/consultants.md (when asked for). */
    private static void docs(Page page, String selector, String docsName) {
        if (Boolean.getBoolean("docs.screenshots")) {
            page.locator(selector).first().scrollIntoViewIfNeeded();
            page.locator(selector).first().evaluate("e => e.scrollIntoView({block: 'start'})");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("docs", "images", docsName + ".png")));
        }
    }

    private static MimeMessage mailTo(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpTestServer.received(address).size() >= count);
        return SmtpTestServer.received(address).get(count - 1);
    }

    private static String link(MimeMessage mail, String pattern) throws Exception {
        Matcher m = Pattern.compile(pattern).matcher(SmtpTestServer.part(mail, "text/plain"));
        assertThat(m.find()).as(pattern).isTrue();
        return m.group();
    }

    @Test
    void aConsultantOnAPhoneBrandsTheirPracticeEmailsAnInvitationAndTheClientGetsABrandedReportOfBothRoles()
            throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String alice = "alice-" + suffix + "@morgan.test";
        String ana = "ana-" + suffix + "@harbour.test";
        AppUser consultant = accounts.create("alice-practice-" + suffix, "Alice Morgan", null, "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);

        BrowserContext consultantPhone = phone();
        Page page = consultantPhone.newPage();
        page.navigate(url("/login"));
        page.locator("#username").fill("alice-practice-" + suffix);
        page.locator("#password").fill("alice-password-" + suffix);
        page.locator("form button[type=submit]").first().tap();
        expect(page.locator("h1")).hasText("Your clients");

        // the practice: name, colour, booking link, then a logo
        page.navigate(url("/consultant/practice"));
        page.locator("#name").fill("Morgan IT " + suffix);
        page.locator("#slug").fill("morgan-" + suffix);
        page.locator("#accent").fill("#6b2d8c");
        page.locator("#contactEmail").fill(alice);
        page.locator("#bookingUrl").fill("https://cal.example/alice-morgan");
        page.locator("#save-practice").tap();
        page.waitForURL(Pattern.compile(".*/consultant/practice\\?saved$"));
        Path logo = Files.createTempFile("logo", ".png");
        BufferedImage image = new BufferedImage(360, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x6b2d8c));
        g.fillRect(0, 0, 360, 120);
        g.setColor(Color.WHITE);
        g.fillOval(20, 20, 80, 80);
        g.dispose();
        ImageIO.write(image, "png", logo.toFile());
        page.locator("#logo-file").setInputFiles(logo);
        page.locator("#upload-logo").tap();
        expect(page.locator(".logo-preview img")).isVisible();
        shot(page, "practice-settings", "consultant-practice");

        page.navigate(url("/consultant/notifications"));
        page.locator("#recipient").fill(alice);
        page.locator("#save-notifications").tap();
        expect(page.locator(".notice-success")).isVisible();

        // a client, and its invitation by e-mail
        page.navigate(url("/consultant/invite"));
        page.locator("#clientLabel").fill("Harbour Bakery");
        page.locator("#contactName").fill("Ana Silva");
        page.locator("#contactEmail").fill(ana);
        page.locator("#create-invitation").tap();
        expect(page.locator("h1")).hasText("Harbour Bakery");
        page.locator("#invitations summary").tap();
        page.locator("#invitation-mail-message").fill("As we discussed on Monday: ten questions, three minutes.");
        docs(page, "#invitations", "consultant-email-invitation");
        page.locator("#invitation-mail-send").tap();
        expect(page.locator(".notice-success")).containsText("on its way");
        MimeMessage invitationMail = mailTo(ana, 1);
        String invitationLink = link(invitationMail, "http://localhost:\\d+/q/[A-Za-z0-9_-]+");
        shot(page, "client-invited", "consultant-client");

        // the client reads the e-mail (its HTML part, as a mail program shows it) and answers on a phone of their own
        BrowserContext clientPhone = phone();
        Page client = clientPhone.newPage();
        client.setContent(SmtpTestServer.part(invitationMail, "text/html"));
        expect(client.locator("a", new Page.LocatorOptions().setHasText("Answer the questionnaire"))).isVisible();
        shot(client, "invitation-mail", null);
        docs(client, "body", "client-invitation-mail");
        client.navigate(invitationLink);
        expect(client.locator(".prepared-for")).containsText("Prepared for Harbour Bakery by Alice Morgan");
        shot(client, "invitation-step", "client-invitation");
        for (int step = 1; step <= 4; step++) {
            VCIO_ANSWERS.get(step - 1).forEach((q, o) -> client.locator("#q-" + q + "-" + o).check());
            client.locator("button[name=action][value=next]").click();
        }
        expect(client.locator("h1")).isVisible();
        // opening the invitation again shows the result: no second take
        client.navigate(invitationLink);
        assertThat(client.url()).endsWith("/result");
        assertThat(assessments.takesOf(consultant.getId())).hasSize(1);

        // the consultant is told, and advises another role
        assertThat(mailTo(alice, 2).getSubject()).isEqualTo("Harbour Bakery finished the questionnaire");
        page.reload();
        page.locator("#code").selectOption("FRACTIONAL_CTO");
        page.locator("#reason").fill("Your plans are about the product you sell: a builder two days a week fits.");
        page.locator("#save-advice").tap();
        expect(page.locator(".notice-success")).isVisible();
        String shareUrl = page.locator("#share-url").inputValue();
        shot(page, "client-advised", null);
        docs(page, "#advice", "consultant-advice");

        // the client's share page and PDF: branded, both roles, the consultant's booking link at the end
        client.navigate(shareUrl);
        expect(client.locator(".advice-card")).containsText("Alice Morgan recommends");
        String text = client.locator("main").innerText();
        assertThat(text).contains("Fractional CTO", "Virtual CIO", "Book a call with Alice Morgan");
        assertThat(client.locator("a[href='https://cal.example/alice-morgan']").count()).isPositive();
        shot(client, "share-page", null);
        docs(client, ".advice-card", "client-share-advice");
        docs(client, ".brand-cta", "client-share-call");
        byte[] pdf = client.request().get(shareUrl + ".pdf").body();
        try (var document = Loader.loadPDF(pdf)) {
            String pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(pdfText).contains("Alice Morgan recommends", "Fractional CTO", "Virtual CIO",
                    "cal.example/alice-morgan", "Morgan IT " + suffix);
        }
        clientPhone.close();

        page.navigate(url("/consultant"));
        expect(page.locator(".clients-table")).containsText("Harbour Bakery");
        shot(page, "dashboard", "consultant-dashboard");
        page.navigate(url("/consultant/figures"));
        expect(page.locator("#figures-invitations")).containsText("1");
        shot(page, "figures", "consultant-figures");
        consultantPhone.close();
        assertThat(List.of(SmtpTestServer.received(ana).size())).containsExactly(1);
    }
}
