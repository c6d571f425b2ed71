package org.techleadership.advisor.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.account.SignedIns;

/** /consultant/practice: the settings are the signed-in consultant's own, checked field by field, and the logo re-encoded. */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeSettingsTest {

    @Autowired MockMvcTester mvc;
    @Autowired AccountService accounts;
    @Autowired Brands brands;

    private SignedIn consultant(String name, String practice) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser user = accounts.create("practice-" + suffix, name, practice, "practice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        return SignedIns.consultant(user.getId(), name);
    }

    private MvcTestResult save(SignedIn me, String... fields) {
        var post = mvc.post().uri("/consultant/practice").with(user(me)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            post = post.param(fields[i], fields[i + 1]);
        }
        return post.exchange();
    }

    private static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String slug() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void settingsAreSavedAndShownAgain() throws Exception {
        SignedIn alice = consultant("Alice Morgan", null);
        String slug = slug();
        assertThat(save(alice, "name", "Morgan IT", "slug", slug, "accent", "#1A4D8F", "contactEmail", "alice@morgan-it.example",
                "contactPhone", "+44 20 7946 0000", "bookingUrl", "https://cal.example/alice",
                "embedOrigins", "https://www.morgan-it.example/\nhttp://localhost:8080"))
                .hasRedirectedUrl("/consultant/practice?saved");

        Document page = html(mvc.get().uri("/consultant/practice").with(user(alice)).exchange());
        assertThat(page.getElementById("name").val()).isEqualTo("Morgan IT");
        assertThat(page.getElementById("slug").val()).isEqualTo(slug);
        assertThat(page.getElementById("accent").val()).isEqualTo("#1a4d8f");
        assertThat(page.getElementById("bookingUrl").val()).isEqualTo("https://cal.example/alice");
        assertThat(page.getElementById("embedOrigins").val()).isEqualTo("https://www.morgan-it.example\nhttp://localhost:8080");
        Brand brand = brands.ofConsultant(alice.userId());
        assertThat(brand.practiceName()).isEqualTo("Morgan IT");
        assertThat(brand.consultantName()).isEqualTo("Alice Morgan");
        assertThat(brand.accentStylesheet()).isEqualTo("/brand/accent/1a4d8f.css");
        assertThat(brands.ofSlug(slug).practiceName()).isEqualTo("Morgan IT");
        assertThat(accounts.find(alice.userId()).orElseThrow().getPracticeName()).isEqualTo("Morgan IT");
        assertThat(mvc.get().uri(brand.accentStylesheet()).exchange().getResponse().getContentAsString())
                .startsWith(":root{--accent:#1a4d8f;");
    }

    @Test
    void eachProblemIsShownNextToItsFieldWithWhatWasTyped() throws Exception {
        SignedIn bob = consultant("Bob Reyes", null);
        String[][] cases = {
                {"name", "", "Enter your practice’s name."},
                {"name", "x".repeat(121), "120 characters or fewer"},
                {"slug", "Not A Slug", "lower-case letters, digits and single hyphens"},
                {"accent", "teal", "# and six hexadecimal digits"},
                {"contactEmail", "alice-at-example", "e-mail address like"},
                {"contactPhone", "call me", "digits, spaces"},
                {"bookingUrl", "http://cal.example/bob", "starts with https://"},
                {"bookingUrl", "https://cal.example/" + "b".repeat(490), "500 characters or fewer"},
                {"embedOrigins", "https://ok.example\nhttps://shop.example/page", "“https://shop.example/page” is not"},
                {"embedOrigins", "http://plain.example", "is not a website’s address"},
                {"embedOrigins", "https://a.example\n".repeat(11), "at most 10 websites"},
        };
        for (String[] c : cases) {
            String name = c[0].equals("name") ? c[1] : "Reyes IT";
            MvcTestResult result = c[0].equals("name") ? save(bob, "name", name)
                    : save(bob, "name", name, c[0], c[1]);
            assertThat(result).as(c[0] + " = " + c[1]).hasStatusOk();
            Document page = html(result);
            assertThat(page.getElementById(c[0] + "-error")).as(c[0] + " = " + c[1]).isNotNull();
            assertThat(page.getElementById(c[0] + "-error").text()).as(c[0]).contains(c[2]);
            assertThat(page.getElementById(c[0]).val()).as(c[0] + " keeps what was typed").isEqualTo(c[1].strip());
            assertThat(page.getElementById(c[0]).attr("aria-invalid")).isEqualTo("true");
            assertThat(page.getElementById("error-summary")).isNotNull();
        }
        assertThat(brands.ofConsultant(bob.userId()).isDefault()).as("nothing was saved").isTrue();
    }

    @Test
    void anAccentTooLightForWhiteTextIsRefusedWithItsRatioAndADarkerShade() throws Exception {
        SignedIn carla = consultant("Carla", null);
        Document page = html(save(carla, "name", "Carla Consulting", "accent", "#ffcc00"));
        assertThat(page.getElementById("accent-error").text())
                .contains("#ffcc00 has a contrast of 1.5:1 against white; pages need 4.5:1. Try a darker shade, such as #");
        assertThat(page.getElementById("accent").val()).isEqualTo("#ffcc00");
    }

    @Test
    void aSlugAnotherPracticeHasIsRefused() throws Exception {
        SignedIn dana = consultant("Dana", null);
        SignedIn erin = consultant("Erin", null);
        String slug = slug();
        assertThat(save(dana, "name", "Dana Advisory", "slug", slug)).hasRedirectedUrl("/consultant/practice?saved");
        Document page = html(save(erin, "name", "Erin Advisory", "slug", slug));
        assertThat(page.getElementById("slug-error").text()).contains("Another practice already uses");
        // one's own slug saved again is no clash
        assertThat(save(dana, "name", "Dana Advisory Ltd", "slug", slug)).hasRedirectedUrl("/consultant/practice?saved");
    }

    @Test
    void anotherConsultantCannotEditYourPractice() throws Exception {
        SignedIn alice = consultant("Alice", "Alice IT");
        SignedIn mallory = consultant("Mallory", null);
        long alicesPractice = brands.ofConsultant(alice.userId()).practiceId();

        // a practice id in the request is not a field the form takes: Mallory edits (makes) her own
        assertThat(save(mallory, "name", "Hijacked", "practiceId", String.valueOf(alicesPractice),
                "id", String.valueOf(alicesPractice))).hasRedirectedUrl("/consultant/practice?saved");
        mvc.post().uri("/consultant/practice/logo/remove").param("practiceId", String.valueOf(alicesPractice))
                .with(user(mallory)).with(csrf()).exchange();

        assertThat(brands.ofConsultant(alice.userId()).practiceName()).isEqualTo("Alice IT");
        assertThat(brands.ofConsultant(mallory.userId()).practiceName()).isEqualTo("Hijacked");
        assertThat(brands.ofConsultant(mallory.userId()).practiceId()).isNotEqualTo(alicesPractice);
        // and the page is for consultants only
        assertThat(mvc.get().uri("/consultant/practice").exchange()).hasStatus3xxRedirection();
    }

    @Test
    void aJpegLogoIsServedAsAPngThatFitsTheBox() throws Exception {
        SignedIn alice = consultant("Alice", "Alice Logos");
        byte[] jpeg = LogoImageTest.jpeg(1600, 400);
        assertThat(upload(alice, "logo.jpg", "image/jpeg", jpeg)).hasRedirectedUrl("/consultant/practice?logo");

        Brand brand = brands.ofConsultant(alice.userId());
        assertThat(brand.logoUrl()).matches("/brand/\\d+/logo.png\\?v=\\d+");
        MvcTestResult served = mvc.get().uri(brand.logoUrl()).exchange();
        assertThat(served).hasStatusOk().hasContentType("image/png").hasHeader("X-Content-Type-Options", "nosniff");
        assertThat(served.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");
        byte[] png = served.getResponse().getContentAsByteArray();
        assertThat(LogoImage.startsWith(png, new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isTrue();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isLessThanOrEqualTo(480);
        assertThat(image.getHeight()).isLessThanOrEqualTo(160);

        assertThat(mvc.post().uri("/consultant/practice/logo/remove").with(user(alice)).with(csrf()).exchange())
                .hasRedirectedUrl("/consultant/practice?logoRemoved");
        assertThat(brands.ofConsultant(alice.userId()).logoUrl()).isNull();
        assertThat(mvc.get().uri("/brand/" + brand.practiceId() + "/logo.png").exchange()).hasStatus(404);
    }

    @Test
    void aLogoThatIsNotAPngOrJpegIsRefusedNextToTheField() throws Exception {
        SignedIn alice = consultant("Alice", "Alice Refusals");
        byte[] gif = LogoImageTest.image("gif", 100, 40, BufferedImage.TYPE_INT_RGB);
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);
        byte[] bomb = LogoImageTest.image("png", 4001, 4001, BufferedImage.TYPE_BYTE_BINARY);
        byte[] tooBig = new byte[LogoImage.MAX_BYTES + 1024];
        System.arraycopy(LogoImageTest.jpeg(10, 10), 0, tooBig, 0, 3);
        Object[][] cases = {
                {"logo.jpg", "image/jpeg", gif, "not a PNG or JPEG"},
                {"logo.svg", "image/svg+xml", svg, "not a PNG or JPEG"},
                {"logo.png", "image/png", bomb, "larger than 4000 × 4000 pixels"},
                {"logo.jpg", "image/jpeg", tooBig, "larger than 512 KB"},
        };
        for (Object[] c : cases) {
            MvcTestResult result = upload(alice, (String) c[0], (String) c[1], (byte[]) c[2]);
            assertThat(result).as((String) c[0]).hasStatusOk();
            assertThat(html(result).getElementById("logo-error").text()).as((String) c[0]).contains((String) c[3]);
        }
        assertThat(brands.ofConsultant(alice.userId()).logoUrl()).isNull();
    }

    private MvcTestResult upload(SignedIn me, String filename, String type, byte[] bytes) {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/consultant/practice/logo").file(new MockMultipartFile("logo", filename, type, bytes))
                .with(user(me)).with(csrf()));
    }
}
