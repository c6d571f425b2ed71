package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.QuestionnaireService;
import org.techleadership.advisor.support.AnswerSets;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consultant's advice of another role than the computed one is given whole: the advised role's
 * summary, what it would own, its KPIs, time and next steps come first on the share page, the
 * client's result page and the PDF, the computed result under its divider; and they stay as they
 * were when advised, whatever the catalogue says later. Advice of the computed role is its reason only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdvisedRoleTest {

    static final String ADVISED = "FRACTIONAL_CTO";
    static final String DIVIDER = "The questionnaire’s result";

    @Autowired MockMvcTester mvc;
    @Autowired AccountService accounts;
    @Autowired QuestionnaireService questionnaires;
    @Autowired ClientRecords clients;
    @Autowired ConsultantService consultants;
    @Autowired CatalogueEditor editor;
    @Autowired JsonMapper json;

    AppUser alice;
    CatalogueDocument original;

    @BeforeEach
    void aConsultantAndTheSeed() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        alice = accounts.create("alice-adv-" + suffix, "Alice Morgan", "Morgan IT", "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        editor.discard("test");
        original = editor.current().document();
    }

    @AfterEach
    void putTheSeedBack() {
        editor.discard("test");
        if (!editor.current().document().profiles().equals(original.profiles())) {
            assertThat(editor.importDocument(json.writeValueAsString(original), "test", "restored the seed")).isEmpty();
            editor.publish("test", "restored the seed");
        }
    }

    /** A client of Alice's who answered as a vCIO would; returns the finished invitation. */
    private QuestionnaireDraft vcioTake(String name) {
        QuestionnaireDraft invitation = clients.create(alice.getId(), ClientDetails.named(name));
        for (int step = 1; step <= 4; step++) {
            questionnaires.submit(invitation.getToken(), step,
                    new LinkedHashMap<>(AnswerSets.byStep(AnswerSets.VCIO, step)), QuestionnaireService.Action.NEXT);
        }
        return questionnaires.find(invitation.getToken()).orElseThrow();
    }

    private long assessmentOf(QuestionnaireDraft take) {
        return consultants.client(alice.getId(), take.getClientId()).orElseThrow().assessmentId();
    }

    private String page(String uri) throws Exception {
        var response = mvc.get().uri(uri).exchange().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private String pdfText(String shareToken) throws IOException {
        var result = mvc.get().uri("/r/{t}.pdf", shareToken).exchange();
        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** Everything the client should read of the advised role, each before the divider. */
    private static List<String> wholeRole(RoleProfile p) {
        List<String> texts = new ArrayList<>(List.of("Alice Morgan recommends: " + p.name(), p.summary(), p.focus(),
                p.timeCommitment()));
        texts.addAll(p.responsibilities());
        p.kpis().forEach(k -> texts.add(k.name()));
        p.nextSteps().forEach(s -> texts.add(s.text()));
        return texts;
    }

    private static void assertBeforeTheComputedResult(String text, List<String> texts) {
        String flat = text.replaceAll("\\s+", " ");
        int divider = flat.indexOf(DIVIDER);
        assertThat(divider).isPositive();
        for (String t : texts) {
            assertThat(flat.indexOf(t.replaceAll("\\s+", " "))).as(t).isBetween(0, divider);
        }
    }

    @Test
    void anotherAdvisedRoleComesFirstInFullOnTheSharePageTheResultPageAndThePdf() throws Exception {
        QuestionnaireDraft take = vcioTake("Harbour Bakery");
        consultants.advise(alice.getId(), assessmentOf(take), ADVISED, "You are building software to sell.");
        RoleProfile advised = editor.current().profile(ADVISED);
        RoleProfile computed = editor.current().profile("VCIO");
        String computedFirstStep = computed.nextSteps().get(0).text(); // "Ask two or three IT advisory firms…"

        for (String text : List.of(page("/r/" + take.getAssessmentToken()), page("/q/" + take.getToken() + "/result"),
                pdfText(take.getAssessmentToken()))) {
            assertBeforeTheComputedResult(text, wholeRole(advised));
            String flat = text.replaceAll("\\s+", " ");
            // the computed role's own next steps stay with the computed result, told apart as its own
            assertThat(flat.indexOf(computedFirstStep)).isGreaterThan(flat.indexOf(DIVIDER));
            assertThat(flat).contains("If you follow the questionnaire’s result: next steps with a "
                    + computed.shortName());
        }
    }

    @Test
    void theAdvisedRoleStaysAsItWasWhenTheCatalogueIsEditedLater() throws Exception {
        QuestionnaireDraft take = vcioTake("Quay Books");
        consultants.advise(alice.getId(), assessmentOf(take), ADVISED, "You are building software to sell.");
        RoleProfile before = editor.current().profile(ADVISED);

        RoleProfile edited = new RoleProfile(before.code(), before.name(), before.shortName(), "An edited summary.",
                before.focus(), before.looks(), before.measuredOn(), before.engagement(), "Edited time.",
                before.chooseIf(), before.mapOutward(), before.mapFullTime(), List.of("An edited responsibility."),
                before.kpis(), List.of(new RoleProfile.NextStep("Later", "An edited next step.")));
        assertThat(editor.saveProfile(edited, "test")).isEmpty();
        editor.publish("test", "edited the fractional CTO");
        assertThat(editor.current().profile(ADVISED).summary()).isEqualTo("An edited summary.");

        // read for the first time after the edit: no kept page can stand in for the stored one
        for (String text : List.of(page("/r/" + take.getAssessmentToken()), page("/q/" + take.getToken() + "/result"),
                pdfText(take.getAssessmentToken()))) {
            assertBeforeTheComputedResult(text, wholeRole(before));
            assertThat(text).doesNotContain("An edited summary.", "An edited responsibility.", "An edited next step.",
                    "Edited time.");
        }
    }

    @Test
    void adviceOfTheComputedRoleShowsItsReasonOnly() throws Exception {
        QuestionnaireDraft take = vcioTake("Old Mill Ltd");
        consultants.advise(alice.getId(), assessmentOf(take), "VCIO", "Your systems need an outside steady hand.");

        String share = page("/r/" + take.getAssessmentToken());
        assertThat(share).contains("Alice Morgan agrees: " + AnswerSets.VCIO_NAME,
                "Why: Your systems need an outside steady hand.", DIVIDER);
        assertThat(share).doesNotContain("recommends:", "id=\"advised-own\"", "id=\"advised-next\"",
                "If you follow the questionnaire’s result");
    }

    @Test
    void withdrawingTheAdviceTakesTheAdvisedRoleAway() throws Exception {
        QuestionnaireDraft take = vcioTake("Gone Advice Ltd");
        long id = assessmentOf(take);
        consultants.advise(alice.getId(), id, ADVISED, "You are building software to sell.");
        consultants.withdrawAdvice(alice.getId(), id);

        String share = page("/r/" + take.getAssessmentToken());
        assertThat(share).doesNotContain(DIVIDER, editor.current().profile(ADVISED).summary(), "id=\"advised-own\"");
        assertThat(consultants.assessment(alice.getId(), id).orElseThrow().advisedProfile()).isNull();
    }
}
