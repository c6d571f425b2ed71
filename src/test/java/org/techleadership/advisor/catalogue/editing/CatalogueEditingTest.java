package org.techleadership.advisor.catalogue.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.api.AssessmentApiTest;
import org.techleadership.advisor.admin.CatalogueImpact;
import org.techleadership.advisor.catalogue.ScoringRule;
import tools.jackson.databind.json.JsonMapper;
import org.techleadership.advisor.catalogue.CatalogueDocument;

/**
 * Editing the catalogue: a weight changed in a draft, its impact previewed, published as a new
 * version — old share links still show what they showed, new assessments use the new version.
 * Each test puts the original catalogue back as a further version, so other tests see the seed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueEditingTest {

    @Autowired
    CatalogueEditor editor;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    CatalogueImpact impacts;

    CatalogueDocument original;

    @BeforeEach
    void remember() {
        editor.discard("test");
        original = editor.current().document();
    }

    @AfterEach
    void putTheSeedBack() {
        editor.discard("test");
        if (!sameContent(editor.current().document(), original)) {
            assertThat(editor.importDocument(json.writeValueAsString(original), "test", "restored the seed")).isEmpty();
            editor.publish("test", "restored the seed");
        }
    }

    private static boolean sameContent(CatalogueDocument a, CatalogueDocument b) {
        return a.steps().equals(b.steps()) && a.questions().equals(b.questions()) && a.profiles().equals(b.profiles())
                && new java.util.HashSet<>(a.rules()).equals(new java.util.HashSet<>(b.rules()));
    }

    private MvcTestResult postCio() {
        return mvc.post().uri("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": " + AssessmentApiTest.CIO_ANSWERS + "}").exchange();
    }

    @Test
    void aPublishedWeightChangeReachesNewAssessmentsButNeverRewritesOldOnes() throws Exception {
        MvcTestResult before = postCio();
        assertThat(before).hasStatus(HttpStatus.CREATED);
        String location = before.getResponse().getHeader("Location");
        String oldBody = before.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String shareBefore = mvc.get().uri(location.replace("/api/v1/assessments/", "/r/")).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8).replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");

        // the CIO no longer gains from inward answers: those companies would now be told otherwise
        List<ScoringRule> rules = new ArrayList<>();
        for (ScoringRule r : original.rules()) {
            boolean inward = r.profile().equals("CIO") && List.of("focus", "audience", "success_measure").contains(r.question())
                    && r.weight() > 0;
            rules.add(inward ? new ScoringRule(r.question(), r.option(), r.profile(), -5, false, r.reason()) : r);
        }
        CatalogueDocument edited = original.withRules(rules);
        assertThat(editor.importDocument(json.writeValueAsString(edited), "test", "CIO weights down")).isEmpty();

        CatalogueImpact.Impact impact = impacts.of(editor.workingCopy(), null);
        assertThat(impact.changed()).isGreaterThanOrEqualTo(1);
        assertThat(impact.transitions()).anySatisfy(t -> assertThat(t.from()).isEqualTo("CIO"));
        assertThat(editor.current().document().rules()).isEqualTo(original.rules()); // nothing live until published

        int version = editor.publish("test", "CIO weights down").orElseThrow();
        assertThat(version).isGreaterThan(original.version());
        assertThat(editor.current().version()).isEqualTo(version);

        assertThat(mvc.get().uri(location).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(oldBody);
        assertThat(mvc.get().uri(location.replace("/api/v1/assessments/", "/r/")).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8).replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
                .isEqualTo(shareBefore);

        MvcTestResult after = postCio();
        assertThat(after).bodyJson().satisfies(body -> {
            body.assertThat().extractingPath("$.catalogueVersion").isEqualTo(version);
            body.assertThat().extractingPath("$.recommendation.primary.code").isNotEqualTo("CIO");
        });
        assertThat(mvc.get().uri("/api/v1/questionnaire").exchange()).bodyJson()
                .extractingPath("$.catalogueVersion").isEqualTo(version);
        assertThat(editor.versions().get(0).publishedBy()).isEqualTo("test");
        assertThat(editor.audit(5)).anySatisfy(a -> assertThat(a.detail()).contains("published version " + version));
    }

    @Test
    void aDraftThatChangesNoRuleChangesNoRecommendation() {
        postCio();
        assertThat(editor.importDocument(json.writeValueAsString(original), "test", "same as live")).isEmpty();
        CatalogueImpact.Impact impact = impacts.of(editor.workingCopy(), null);
        assertThat(impact.replayed()).isPositive();
        assertThat(impact.changed()).isZero();
    }

    @Test
    void keysAndCodesCannotBeRemovedAddedOrBroken() {
        List<ScoringRule> broken = new ArrayList<>(original.rules());
        broken.add(new ScoringRule("focus", "SIDEWAYS", "CIO", 1, false, "No such option."));
        broken.set(0, new ScoringRule(broken.get(0).question(), broken.get(0).option(), broken.get(0).profile(), 11, false,
                broken.get(0).reason()));
        CatalogueDocument doc = new CatalogueDocument(1, original.steps(), original.questions().subList(1, 10),
                original.profiles(), broken);
        List<String> problems = CatalogueCheck.problems(doc, original);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("question focus is missing"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("between -10 and 10"));
        assertThat(editor.importDocument(json.writeValueAsString(doc), "test", "broken")).isNotEmpty();
        assertThat(editor.draft()).isEmpty();
    }

    @Test
    void anExportImportsBackUnchangedAndANonsenseFileIsRefused() {
        String exported = editor.export(null, false).orElseThrow();
        assertThat(editor.importDocument(exported, "test", "export.json")).isEmpty();
        assertThat(sameContent(editor.workingCopy(), original)).isTrue();
        assertThat(editor.importDocument("{\"steps\": 3}", "test", "bad.json")).isNotEmpty();
        assertThat(editor.importDocument(exported.replaceFirst("\"options\" : \\[", "\"options\" : null, \"x\" : ["),
                "test", "null-options.json")).isNotEmpty();
        assertThat(editor.importDocument("not json", "test", "bad.json")).singleElement().asString()
                .contains("not a catalogue");
    }

    /** seed-catalogue.json is the seed as the last release exported it; V7 turned the seeded tables into a document. */
    @Test
    void theSeededTablesBecameTheDocumentTheLastReleaseExported() throws Exception {
        CatalogueDocument shipped = json.readValue(new ClassPathResource("catalogue/seed-catalogue.json").getInputStream(),
                CatalogueDocument.class);
        CatalogueDocument seeded = editor.export(1, false).map(text -> json.readValue(text, CatalogueDocument.class))
                .orElseThrow();
        // version 1 is the seeded one; this release's additions (interim leaders, ...) are version 2
        assertThat(CatalogueCheck.problems(shipped, seeded)).isEmpty();
        assertThat(seeded.rules()).as("the rules in their seeded order").isEqualTo(shipped.rules());
        assertThat(sameContent(seeded, shipped)).as("V2/V3 seeds, turned into a document by V7").isTrue();
    }
}
