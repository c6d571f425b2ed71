package org.techleadership.advisor.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.assessment.Assessment;
import org.techleadership.advisor.assessment.LinkToken;
import org.techleadership.advisor.support.AnswerSets;

/** The assessment queries other code relies on, on the migrated schema. */
@DataJpaTest(showSql = false)
class AssessmentRepositoryTest {

    @Autowired
    AssessmentRepository assessments;

    @Autowired
    TestEntityManager entities;

    private Long consultant() {
        return entities.persistAndFlush(new AppUser("repo-" + UUID.randomUUID().toString().substring(0, 8), "Rita Repo",
                null, "{noop}x", AppUser.Role.CONSULTANT, Instant.now())).getId();
    }

    private Assessment stored(String label, Long consultantId, Instant createdAt) {
        return stored(label, consultantId, createdAt, null);
    }

    private Assessment stored(String label, Long consultantId, Instant createdAt, Long draftId) {
        return entities.persistAndFlush(new Assessment(LinkToken.next(), label, createdAt, 1, "CIO", 90, "{}",
                AnswerSets.CIO.byQuestion(), consultantId, draftId));
    }

    @Test
    void theVersionStampIsReadByTokenAndRisesWithEveryChange() {
        Assessment a = stored("Stamp Ltd", consultant(), Instant.now());
        long before = assessments.findVersionByToken(a.getToken()).orElseThrow();
        entities.getEntityManager().createQuery("update Assessment a set a.privateNote = 'x', a.version = a.version + 1"
                + " where a.id = :id").setParameter("id", a.getId()).executeUpdate();
        assertThat(assessments.findVersionByToken(a.getToken())).contains(before + 1);
        assertThat(assessments.findVersionByToken(LinkToken.next())).isEmpty();
    }

    @Test
    void aReplayReadsOneConsultantsAssessmentsOrEveryoneNewestFirst() {
        Long mine = consultant();
        Long theirs = consultant();
        Assessment older = stored("Old", mine, Instant.parse("2026-01-01T10:00:00Z"));
        Assessment newer = stored("New", mine, Instant.parse("2026-02-01T10:00:00Z"));
        Assessment other = stored("Other", theirs, Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(assessments.findByConsultantIdOrderByCreatedAtDesc(mine)).extracting(Assessment::getId)
                .containsExactly(newer.getId(), older.getId());
        assertThat(assessments.findAllByOrderByCreatedAtDesc()).extracting(Assessment::getId)
                .contains(other.getId(), newer.getId(), older.getId());
    }

    @Test
    void aClientsHistoryIsTheTakesOfItsInvitationsWhateverTheirLabels() {
        Long mine = consultant();
        stored("Acme Ltd", mine, Instant.parse("2026-01-01T10:00:00Z"), 1001L);
        stored("Acme (renamed)", mine, Instant.parse("2026-02-01T10:00:00Z"), 1002L);
        stored("Acme Ltd", mine, Instant.parse("2026-03-01T10:00:00Z"), 1003L); // another client of the same name
        stored("Acme Ltd", consultant(), Instant.now(), 1001L);
        assertThat(assessments.findByConsultantIdAndDraftIdInOrderByCreatedAtDesc(mine, java.util.List.of(1001L, 1002L)))
                .extracting(Assessment::getClientLabel).containsExactly("Acme (renamed)", "Acme Ltd");
    }

    @Test
    void anotherConsultantsAssessmentIsNotFoundById() {
        Assessment a = stored("Mine", consultant(), Instant.now());
        assertThat(assessments.findByIdAndConsultantId(a.getId(), a.getConsultantId())).isPresent();
        assertThat(assessments.findByIdAndConsultantId(a.getId(), consultant())).isEmpty();
    }
}
