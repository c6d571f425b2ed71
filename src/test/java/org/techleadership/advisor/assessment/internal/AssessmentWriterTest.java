package org.techleadership.advisor.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.techleadership.advisor.support.AnswerSets;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.assessment.Assessment;
import org.techleadership.advisor.assessment.LinkToken;

/** Assessments stored together in one commit are each stored whole, and only a bad one fails. */
@SpringBootTest
class AssessmentWriterTest {

    private static final Map<String, String> ANSWERS = AnswerSets.CIO.byQuestion();

    @Autowired
    AssessmentService service;

    @Autowired
    AssessmentWriter writer;

    @Autowired
    AssessmentRepository repository;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MeterRegistry meters;

    @Test
    void manyAtOnceAreEachStoredWithTheirOwnTokenAndAnswers() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(32);
        try {
            List<Future<AssessmentResult>> made = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String label = "Group " + i;
                made.add(callers.submit(() -> service.create(new Answers(ANSWERS), label)));
            }
            TransactionTemplate reading = new TransactionTemplate(transactions);
            for (int i = 0; i < made.size(); i++) {
                AssessmentResult stored = made.get(i).get();
                assertThat(stored.assessment().getAnswers()).isEqualTo(ANSWERS);
                String label = "Group " + i;
                reading.executeWithoutResult(status -> {
                    Assessment back = repository.findByToken(stored.assessment().getToken()).orElseThrow();
                    assertThat(back.getId()).isEqualTo(stored.assessment().getId());
                    assertThat(back.getClientLabel()).isEqualTo(label);
                    assertThat(back.getAnswers()).isEqualTo(ANSWERS);
                });
                assertThat(service.findShared(stored.assessment().getToken()).view()).isEqualTo(stored.view());
            }
            assertThat(made.stream().map(f -> token(f)).distinct()).hasSize(200);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void oneThreadHandsOverManyAtOnceAndTheyShareCommits() {
        // the API's way: no thread waits for its commit, so few request threads still make large groups
        var groups = meters.get("advisor.assessments.commit.group").summary();
        long commitsBefore = groups.count();
        List<CompletableFuture<AssessmentResult>> made = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            made.add(service.createLater(new Answers(ANSWERS), "Handed over " + i));
        }
        List<String> tokens = made.stream().map(CompletableFuture::join).map(r -> r.assessment().getToken()).toList();
        assertThat(tokens).doesNotHaveDuplicates().hasSize(64);
        tokens.forEach(token -> assertThat(service.findShared(token).assessment().getAnswers()).isEqualTo(ANSWERS));
        assertThat(groups.count() - commitsBefore).as("commits for 64 assessments").isLessThan(32);
    }

    @Test
    void aRowTheDatabaseRefusesFailsAloneAndTheRestAreStored() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<Assessment>> good = new ArrayList<>();
            List<Future<Assessment>> bad = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                // client_label holds 120 characters: a longer one breaks the column's limit
                String label = i % 20 == 7 ? "x".repeat(500) : "Fine " + i;
                Callable<Assessment> store = () -> writer.store(() -> assessment(label));
                (label.length() > 120 ? bad : good).add(callers.submit(store));
            }
            for (Future<Assessment> f : good) {
                assertThat(repository.findByToken(f.get().getToken())).isPresent();
            }
            for (Future<Assessment> f : bad) {
                assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(DataIntegrityViolationException.class);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aBrokenWriterFailsOnlyItsGroupAndLaterAssessmentsAreStillStored() {
        try {
            assertThatThrownBy(() -> writer.store(() -> {
                throw new AssertionError("broken while building the row");
            })).hasRootCauseInstanceOf(AssertionError.class);
            Assessment after = writer.store(() -> assessment("After the break"));
            assertThat(repository.findByToken(after.getToken())).isPresent();
        } finally {
            if (!writer.isRunning()) {
                writer.start(); // the other tests share this application context
            }
        }
    }

    @Test
    void insideATransactionItIsPartOfThatTransaction() {
        String token = new TransactionTemplate(transactions).execute(status -> {
            Assessment stored = writer.store(() -> assessment("Rolled back"));
            status.setRollbackOnly();
            return stored.getToken();
        });
        assertThat(repository.findByToken(token)).isEmpty();
    }

    private static Assessment assessment(String label) {
        return new Assessment(LinkToken.next(), label, Instant.now().truncatedTo(ChronoUnit.MILLIS), 1, "CIO", 80,
                "{}", ANSWERS, null, null);
    }

    private static String token(Future<AssessmentResult> f) {
        try {
            return f.get().assessment().getToken();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
