package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.account.SignedIns;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.ScoringRule;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.QuestionnaireService;
import org.techleadership.advisor.scoring.Recommendation;
import org.techleadership.advisor.scoring.Recommender;
import org.techleadership.advisor.support.AnswerSets;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client page's "With today's catalogue" line (ConsultantService.rerun): the stored take scored
 * again with the live catalogue says "the same" when nothing moved, "the same role ... with its fit
 * moved" when only the fit did, and "different" only when the role differs. The stored take stays.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RerunTest {

    static final String SAME = "— the same as recommended on the day.";
    static final String SAME_ROLE = "— the same role as recommended on the day, with its fit moved;";
    static final String DIFFERENT = "— different from what was recommended on the day;";

    @Autowired MockMvcTester mvc;
    @Autowired AccountService accounts;
    @Autowired QuestionnaireService questionnaires;
    @Autowired ClientRecords clients;
    @Autowired CatalogueEditor editor;
    @Autowired JsonMapper json;

    SignedIn me;
    long alice;
    CatalogueDocument original;

    @BeforeEach
    void aConsultantAndTheLiveCatalogue() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        alice = accounts.create("alice-rerun-" + suffix, "Alice Morgan", "Morgan IT", "alice-password-" + suffix,
                AppUser.Role.CONSULTANT).getId();
        me = SignedIns.consultant(alice, "Alice Morgan");
        editor.discard("test");
        original = editor.current().document();
    }

    @AfterEach
    void putTheCatalogueBack() {
        editor.discard("test");
        if (!editor.current().document().rules().equals(original.rules())) {
            assertThat(editor.importDocument(json.writeValueAsString(original), "test", "restored")).isEmpty();
            editor.publish("test", "restored the catalogue");
        }
    }

    @Test
    void unchangedRulesSayTheSame() throws Exception {
        long client = vcioClient();
        assertThat(rerunLine(client)).isEqualTo(line(today()) + " " + SAME);
    }

    @Test
    void aMovedFitWithTheSameRoleSaysSoAndNotDifferent() throws Exception {
        long client = vcioClient();
        Recommendation before = today();
        publishRegulationHigh(rule -> rule.profile().equals("VCIO")
                ? new ScoringRule(rule.question(), rule.option(), rule.profile(), rule.weight() - 1, false, rule.reason())
                : rule);
        Recommendation after = today();
        assertThat(after.primary().code()).as("the edit keeps the role").isEqualTo("VCIO");
        assertThat(after.primary().fit()).as("the edit moves the fit").isNotEqualTo(before.primary().fit());
        assertThat(rerunLine(client)).startsWith(line(after) + " " + SAME_ROLE).doesNotContain("different");
    }

    @Test
    void anotherRoleSaysDifferent() throws Exception {
        long client = vcioClient();
        publishRegulationHigh(rule -> rule.profile().equals("VCIO")
                ? new ScoringRule(rule.question(), rule.option(), rule.profile(), 0, true,
                "For this test, heavy regulation rules a virtual CIO out.")
                : rule);
        Recommendation after = today();
        assertThat(after.primary().code()).isNotEqualTo("VCIO");
        assertThat(rerunLine(client)).startsWith(line(after) + " " + DIFFERENT);
    }

    /** A client of Alice's who answered as a vCIO would (stored with the live catalogue); returns its id. */
    private long vcioClient() {
        QuestionnaireDraft invitation = clients.create(alice, ClientDetails.named("Rerun Ltd"));
        for (int step = 1; step <= 4; step++) {
            questionnaires.submit(invitation.getToken(), step,
                    new LinkedHashMap<>(AnswerSets.byStep(AnswerSets.VCIO, step)), QuestionnaireService.Action.NEXT);
        }
        return invitation.getClientId();
    }

    private void publishRegulationHigh(java.util.function.UnaryOperator<ScoringRule> edit) {
        List<ScoringRule> rules = new ArrayList<>();
        for (ScoringRule rule : editor.current().document().rules()) {
            if (rule.question().equals("regulation")) {
                rules.add(rule.option().equals("HIGH") ? edit.apply(rule) : rule);
            }
        }
        assertThat(editor.saveRules("regulation", rules, "test")).isEmpty();
        assertThat(editor.publish("test", "a rerun test's edit")).isPresent();
    }

    private Recommendation today() {
        return Recommender.recommend(editor.current().scoringModel(), AnswerSets.VCIO);
    }

    private String line(Recommendation today) {
        return "With today’s catalogue (version " + editor.current().version() + "): "
                + today.primary().name() + ", fit " + today.primary().fit();
    }

    private String rerunLine(long clientId) throws Exception {
        var response = mvc.get().uri("/consultant/clients/{id}", clientId).with(user(me)).exchange().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("#rerun").text();
    }
}
