package org.techleadership.advisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.consultant.ClientDetails;
import org.techleadership.advisor.consultant.ClientRecords;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIns;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;

/** What the person who answered, and their consultant, can delete; and what expires on its own. */
@SpringBootTest
@AutoConfigureMockMvc
class DeletingResultsTest {

    @Autowired MockMvcTester mvc;
    @Autowired QuestionnaireService drafts;
    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ClientRecords clients;
    @Autowired PlatformTransactionManager transactions;

    /** A finished questionnaire: its draft token, and the share token of its recommendation. */
    private record Finished(String draft, String share, long draftId, Long clientId) { }

    /** A consultant's is an invitation of a client record of theirs. */
    private Finished finish(String label, Long consultantId, Answers answers) {
        QuestionnaireDraft draft = consultantId == null ? drafts.start(label, null)
                : clients.create(consultantId, ClientDetails.named(label));
        for (int step = 1; step <= 4; step++) {
            drafts.submit(draft.getToken(), step, new LinkedHashMap<>(AnswerSets.byStep(answers, step)),
                    QuestionnaireService.Action.NEXT);
        }
        QuestionnaireDraft done = drafts.find(draft.getToken()).orElseThrow();
        assertThat(done.getAssessmentToken()).isNotNull();
        return new Finished(draft.getToken(), done.getAssessmentToken(), done.getId(), done.getClientId());
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private void assertNothingLeftOf(Finished f) {
        assertThat(count("select count(*) from assessment where token = ?", f.share())).isZero();
        assertThat(count("select count(*) from assessment_answer a where not exists "
                + "(select 1 from assessment s where s.id = a.assessment_id)")).isZero();
        assertThat(count("select count(*) from questionnaire_draft where token = ?", f.draft())).isZero();
        assertThat(count("select count(*) from draft_answer where draft_id = ?", f.draftId())).isZero();
        assertThat(count("select count(*) from deleted_link where token in (?, ?)", f.draft(), f.share())).isEqualTo(2);
    }

    @Test
    void thePersonWhoAnsweredDeletesTheirResultAndEveryLinkSaysSo() {
        Finished f = finish(null, null, AnswerSets.CTO);
        assertThat(mvc.get().uri("/q/" + f.draft() + "/result").exchange()).hasStatusOk().bodyText()
                .contains("Delete my answers and result");
        assertThat(mvc.get().uri("/r/" + f.share()).exchange()).hasStatusOk(); // kept by the share page cache
        assertThat(mvc.get().uri("/r/" + f.share()).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/q/" + f.draft() + "/delete").exchange()).hasStatusOk().bodyText()
                .contains("Delete for good");

        assertThat(mvc.post().uri("/q/" + f.draft() + "/delete").exchange()).hasStatus(403); // no CSRF token
        assertThat(count("select count(*) from assessment where token = ?", f.share())).isOne();

        assertThat(mvc.post().uri("/q/" + f.draft() + "/delete").with(csrf()).exchange())
                .hasStatus3xxRedirection().hasRedirectedUrl("/q/" + f.draft() + "/result");

        assertThat(mvc.get().uri("/q/" + f.draft() + "/result").exchange()).hasStatus(410).bodyText()
                .contains("This result was deleted", "at the request of the person who answered")
                .doesNotContain("Chief Technology Officer");
        assertThat(mvc.get().uri("/q/" + f.draft() + "/1").exchange()).hasStatus(410);
        assertThat(mvc.get().uri("/r/" + f.share()).exchange()).hasStatus(410).bodyText()
                .contains("This result was deleted").doesNotContain("Chief Technology Officer");
        assertThat(mvc.get().uri("/r/" + f.share() + ".pdf").exchange()).hasStatus(410);
        assertThat(mvc.get().uri("/api/v1/assessments/" + f.share()).accept("application/json").exchange())
                .hasStatus(410).hasContentType("application/problem+json").bodyText()
                .contains("deleted at the request of the person who answered");
        assertNothingLeftOf(f);
        // deleting again changes nothing and still says "deleted"
        assertThat(mvc.post().uri("/q/" + f.draft() + "/delete").with(csrf()).exchange()).hasStatus(410);
    }

    @Test
    void aConsultantDeletesAClientsDataOnlyWhenTheyConfirmAndOnlyTheirOwn() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser alice = accounts.create("alice-del-" + suffix, "Alice", null, "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        AppUser bob = accounts.create("bob-del-" + suffix, "Bob", null, "bob-password-" + suffix,
                AppUser.Role.CONSULTANT);
        Finished f = finish("Harbour Bakery", alice.getId(), AnswerSets.VCIO);
        String path = "/consultant/clients/" + f.clientId() + "/delete";

        assertThat(mvc.post().uri(path).with(user(SignedIns.consultant(bob.getId(), "Bob"))).with(csrf()).param("confirm", "true")
                .exchange()).hasStatus(404);
        assertThat(mvc.post().uri(path).with(user(SignedIns.consultant(alice.getId(), "Alice"))).with(csrf()).exchange())
                .hasStatus3xxRedirection().hasRedirectedUrl("/consultant/clients/" + f.clientId() + "#delete");
        assertThat(count("select count(*) from assessment where token = ?", f.share())).isOne();

        assertThat(mvc.post().uri(path).with(user(SignedIns.consultant(alice.getId(), "Alice"))).with(csrf()).param("confirm", "true")
                .exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/consultant");

        assertThat(mvc.get().uri("/r/" + f.share()).exchange()).hasStatus(410).bodyText()
                .contains("by the consultant who prepared it").doesNotContain("Harbour Bakery");
        assertThat(mvc.get().uri("/q/" + f.draft()).exchange()).hasStatus(410);
        assertNothingLeftOf(f);
    }

    @Test
    void unfinishedQuestionnairesUntouchedForThirtyDaysExpireInBatchesAndNothingElseDoes() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser carol = accounts.create("carol-del-" + suffix, "Carol", null, "carol-password-" + suffix,
                AppUser.Role.CONSULTANT);
        Instant now = Instant.now();
        QuestionnaireDraft[] abandoned = new QuestionnaireDraft[5];
        for (int i = 0; i < abandoned.length; i++) {
            abandoned[i] = drafts.start(null, null);
            drafts.submit(abandoned[i].getToken(), 1, new LinkedHashMap<>(AnswerSets.byStep(AnswerSets.CIO, 1)),
                    QuestionnaireService.Action.SAVE);
        }
        QuestionnaireDraft fromPublicLink = drafts.startFromPublicLink("carol-" + suffix, carol.getId());
        drafts.submit(fromPublicLink.getToken(), 1, new LinkedHashMap<>(AnswerSets.byStep(AnswerSets.CIO, 1)),
                QuestionnaireService.Action.SAVE);
        QuestionnaireDraft recent = drafts.start(null, null);
        QuestionnaireDraft invitation = drafts.start("Old client", carol.getId());
        Finished finished = finish(null, null, AnswerSets.CIO);
        LocalDateTime old = LocalDateTime.ofInstant(now.minus(Duration.ofDays(31)), ZoneOffset.UTC);
        jdbc.sql("update questionnaire_draft set updated_at = ? where token <> ?").params(old, recent.getToken()).update();

        DraftExpiry expiry = new DraftExpiry(jdbc, transactions, new DraftExpiry.Settings(Duration.ofDays(30), 2, 50),
                new SimpleMeterRegistry());
        // a run deletes at most 50 batches of 2; in a context other classes shared, more than 100
        // old drafts may be waiting, and the next runs take the rest (the scheduler's hourly runs)
        int total = 0;
        for (int deleted = expiry.purge(now); deleted > 0; deleted = expiry.purge(now)) {
            assertThat(deleted).as("one run's batches").isLessThanOrEqualTo(100);
            total += deleted;
        }
        assertThat(total).isGreaterThanOrEqualTo(5);

        for (QuestionnaireDraft gone : abandoned) {
            assertThat(drafts.find(gone.getToken())).isEmpty();
            assertThat(count("select count(*) from draft_answer where draft_id = ?", gone.getId())).isZero();
        }
        assertThat(drafts.find(fromPublicLink.getToken())).as("a stranger's, from a practice's link").isEmpty();
        assertThat(drafts.find(recent.getToken())).isPresent();
        assertThat(drafts.find(invitation.getToken())).isPresent();
        assertThat(drafts.find(finished.draft())).isPresent();
        assertThat(mvc.get().uri("/q/" + abandoned[0].getToken() + "/1").exchange()).hasStatus(404).bodyText()
                .contains("Unfinished answers are kept for 30 days");
        assertThat(expiry.purge(now)).isZero();
    }

    @Test
    void thePrivacyPageSaysWhatIsKeptForHowLongAndHowToDeleteIt() {
        var result = mvc.get().uri("/privacy").exchange();
        assertThat(result).hasStatusOk().bodyText()
                .contains("What is stored", "30 days after they were last changed", "Delete my answers and result");
        assertThat(result.getResponse().getHeader("X-Robots-Tag")).isNull();
        assertThat(mvc.get().uri("/").exchange()).bodyText().contains("href=\"/privacy\"");
    }
}
