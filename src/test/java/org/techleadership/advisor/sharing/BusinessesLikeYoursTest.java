package org.techleadership.advisor.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.assessment.DeletedLinks;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;

/**
 * "Businesses like yours" on the share page and its PDF: shown from 20 stored assessments of the same
 * company size and the same technical-team band, never below; only that group counted; withdrawn, held
 * and deleted results not counted; whole percentages that add up to 100. Counts are read afresh on
 * every page here (refresh-interval 0); keeping them is PeerCountsTest's. The test works in the group
 * with the fewest stored assessments, tops it up to the threshold and deletes what it made.
 */
@SpringBootTest(properties = "advisor.peers.refresh-interval=0s")
@AutoConfigureMockMvc
class BusinessesLikeYoursTest {

    static final String TITLE = "Businesses like yours";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final List<Answers> BASES = List.of(AnswerSets.CIO, AnswerSets.CTO, AnswerSets.VCIO, AnswerSets.VCTO);

    @Autowired MockMvcTester mvc;
    @Autowired AssessmentService assessments;
    @Autowired CatalogueService catalogues;
    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;

    final List<String> made = new ArrayList<>();
    final List<AssessmentResult> plain = new ArrayList<>();
    String size;
    String band;

    @BeforeEach
    void theQuietestGroup() {
        Catalogue catalogue = catalogues.current();
        record Group(String size, String band, long counted) {}
        List<Group> groups = new ArrayList<>();
        for (Question.AnswerOption s : catalogue.question("company_size").options()) {
            for (Question.AnswerOption b : catalogue.question("tech_team").options()) {
                groups.add(new Group(s.key(), b.key(), counted(s.key(), b.key())));
            }
        }
        Group quietest = groups.stream().min(Comparator.comparingLong(Group::counted)).orElseThrow();
        assertThat(quietest.counted()).as("a group with fewer than 19 stored assessments to work in").isLessThan(19);
        size = quietest.size();
        band = quietest.band();
    }

    @AfterEach
    void deleteWhatWasMade() {
        made.forEach(token -> assessments.delete(token, DeletedLinks.DeletedBy.OWNER));
    }

    @Test
    void shownFromTwentyMatchingAssessmentsAndNotBefore() throws Exception {
        AssessmentResult nineteenth = topUpTo(19, size, band);
        assertThat(sharePage(nineteenth)).doesNotContain(TITLE);
        assertThat(pdfText(nineteenth)).doesNotContain(TITLE);

        AssessmentResult twentieth = make(size, band, 0);
        String page = sharePage(twentieth);
        assertThat(page).contains(TITLE, "As of " + LocalDate.now(ZoneOffset.UTC).format(DAY) + ", 20 assessments stored here"
                + " came from businesses with the same company size as yours (" + label("company_size", size)
                + ") and the same number of in-house technical staff (" + label("tech_team", band) + ").");
        assertThat(page).contains(twentieth.view().primaryProfile().name() + " (recommended to you)");
        assertThat(pdfText(nineteenth)).contains(TITLE, "20 assessments stored here",
                nineteenth.view().primaryProfile().name() + " (recommended to you):");
    }

    @Test
    void thePrivacyPageSaysWhatIsCounted() throws Exception {
        var response = mvc.get().uri("/privacy").exchange().getResponse();
        assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("main").text())
                .contains("“" + TITLE + "”", "only when at least 20 results match");
    }

    @Test
    void onlyTheSameSizeAndTheSameBandCount() throws Exception {
        String otherSize = other("company_size", size);
        String otherBand = other("tech_team", band);
        make(otherSize, band, 0);
        make(size, otherBand, 1);
        make(otherSize, otherBand, 2);
        AssessmentResult last = topUpTo(20, size, band);
        assertThat(sharePage(last)).contains(TITLE, ", 20 assessments stored here");
    }

    @Test
    void withdrawnHeldAndDeletedResultsDoNotCount() throws Exception {
        AppUser consultant = accounts.create("peers-" + UUID.randomUUID().toString().substring(0, 8), "Pia Peers",
                null, "peers-password-1234", AppUser.Role.CONSULTANT);
        AssessmentResult withdrawn = keep(assessments.create(answers(size, band, 0), "Withdrawn Ltd",
                consultant.getId(), null));
        assessments.withdraw(consultant.getId(), withdrawn.assessment().getId());
        keep(assessments.create(answers(size, band, 1), "Held Ltd", consultant.getId(), null, true));
        AssessmentResult twentieth = topUpTo(20, size, band);
        assertThat(sharePage(twentieth)).contains(TITLE, ", 20 assessments stored here");

        AssessmentResult another = plain.stream().filter(r -> r != twentieth).findFirst().orElseThrow();
        assertThat(assessments.delete(another.assessment().getToken(), DeletedLinks.DeletedBy.OWNER)).isTrue();
        assertThat(pdfText(twentieth)).doesNotContain(TITLE); // 19 left
    }

    @Test
    void theSharesAreWholePercentagesAddingUpTo100() throws Exception {
        AssessmentResult last = topUpTo(23, size, band);
        String page = sharePage(last);
        Map<String, Long> byRole = new HashMap<>();
        jdbc.sql(GROUP + " group by a.primary_code").params(size, band)
                .query((rows, n) -> byRole.put(rows.getString(1), rows.getLong(2))).list();
        Matcher rows = Pattern.compile("([A-Z][^%]*?) (?:\\(recommended to you\\) )?(\\d+)%").matcher(
                page.substring(page.indexOf("They were recommended:") + "They were recommended:".length(),
                        page.indexOf("This is context")));
        Map<String, Integer> shown = new LinkedHashMap<>();
        while (rows.find()) {
            shown.put(rows.group(1).strip(), Integer.parseInt(rows.group(2)));
        }
        assertThat(shown.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(shown).hasSize(byRole.size());
        byRole.forEach((code, count) -> {
            double exact = 100.0 * count / 23;
            assertThat(shown.get(catalogues.current().profile(code).name()).doubleValue())
                    .as(code).isBetween(Math.floor(exact), Math.ceil(exact));
        });
        assertThat(new ArrayList<>(shown.values())).isSortedAccordingTo(Comparator.reverseOrder());
    }

    static final String GROUP = """
            select a.primary_code, count(*) from assessment a
            join assessment_answer s on s.assessment_id = a.id and s.question_key = 'company_size' and s.option_key = ?
            join assessment_answer t on t.assessment_id = a.id and t.question_key = 'tech_team' and t.option_key = ?
            where a.revoked_at is null and a.released_at is not null""";

    private long counted(String size, String band) {
        return jdbc.sql(GROUP.replace("a.primary_code, count(*)", "count(*)")).params(size, band)
                .query(Long.class).single();
    }

    /** Made until the group holds exactly this many counted assessments; returns the last one made. */
    private AssessmentResult topUpTo(int total, String size, String band) {
        AssessmentResult last = null;
        for (long have = counted(size, band), i = 0; have < total; have++, i++) {
            last = make(size, band, (int) i);
        }
        assertThat(counted(size, band)).isEqualTo(total);
        return last;
    }

    private AssessmentResult make(String size, String band, int variant) {
        AssessmentResult made = keep(assessments.create(answers(size, band, variant), null));
        plain.add(made);
        return made;
    }

    private AssessmentResult keep(AssessmentResult result) {
        made.add(result.assessment().getToken());
        return result;
    }

    private static Answers answers(String size, String band, int variant) {
        Map<String, String> answers = new LinkedHashMap<>(BASES.get(variant % BASES.size()).byQuestion());
        answers.put("company_size", size);
        answers.put("tech_team", band);
        return new Answers(answers);
    }

    private String label(String question, String option) {
        return catalogues.current().question(question).option(option).label();
    }

    private String other(String question, String option) {
        return catalogues.current().question(question).options().stream().map(Question.AnswerOption::key)
                .filter(k -> !k.equals(option)).findFirst().orElseThrow();
    }

    private String sharePage(AssessmentResult stored) {
        var response = mvc.get().uri("/r/{t}", stored.assessment().getToken()).exchange().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        try {
            return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("main").text();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String pdfText(AssessmentResult stored) throws IOException {
        var result = mvc.get().uri("/r/{t}.pdf", stored.assessment().getToken()).exchange();
        assertThat(result).hasStatusOk();
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
