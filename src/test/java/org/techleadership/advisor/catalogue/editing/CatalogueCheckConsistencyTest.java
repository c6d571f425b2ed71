package org.techleadership.advisor.catalogue.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.ConsistencyRule;
import org.techleadership.advisor.catalogue.ConsistencyRule.Answer;
import tools.jackson.databind.json.JsonMapper;

/** What an admin's edit or import may not do to the consistency rules. */
class CatalogueCheckConsistencyTest {

    private static final Answer MICRO = new Answer("company_size", "MICRO");
    private static final Answer LARGE_TEAM = new Answer("tech_team", "LARGE");
    private static final String MESSAGE = "Please check your company size and your technical staff.";

    CatalogueDocument seed;

    @BeforeEach
    void readTheSeed() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/catalogue/seed-catalogue.json")) {
            seed = JsonMapper.builder().build().readValue(in, CatalogueDocument.class);
        }
    }

    private List<String> problems(ConsistencyRule... rules) {
        return CatalogueCheck.problems(seed.withConsistency(new ArrayList<>(java.util.Arrays.asList(rules))), seed);
    }

    @Test
    void aPairOfRealAnswersWithAMessagePasses() {
        assertThat(problems(new ConsistencyRule("micro-large", List.of(MICRO, LARGE_TEAM), MESSAGE),
                new ConsistencyRule("triple", List.of(MICRO, LARGE_TEAM, new Answer("budget", "MINIMAL")), MESSAGE)))
                .isEmpty();
    }

    @Test
    void anUnknownQuestionIsRefused() {
        assertThat(problems(new ConsistencyRule("r", List.of(MICRO, new Answer("staff", "LARGE")), MESSAGE)))
                .containsExactly("Consistency rule r names the question staff, which does not exist.");
    }

    @Test
    void anOptionTheQuestionDoesNotHaveIsRefused() {
        assertThat(problems(new ConsistencyRule("r", List.of(MICRO, new Answer("tech_team", "HUGE")), MESSAGE)))
                .containsExactly("Consistency rule r names the option tech_team.HUGE, which the question does not have.");
    }

    @Test
    void fewerThanTwoAnswersIsRefused() {
        assertThat(problems(new ConsistencyRule("r", List.of(MICRO), MESSAGE)))
                .containsExactly("Consistency rule r needs at least 2 answers.");
        assertThat(problems(new ConsistencyRule("r", List.of(), MESSAGE)))
                .containsExactly("Consistency rule r needs at least 2 answers.");
    }

    @Test
    void twoAnswersToOneQuestionAreRefused() {
        assertThat(problems(new ConsistencyRule("r", List.of(MICRO, LARGE_TEAM, new Answer("company_size", "SMALL")),
                MESSAGE))).containsExactly("Consistency rule r has two answers to the question company_size:"
                + " one person gives only one.");
    }

    @Test
    void aBlankOrTooLongMessageIsRefused() {
        assertThat(problems(new ConsistencyRule("r", List.of(MICRO, LARGE_TEAM), " ")))
                .containsExactly("Consistency rule r message is empty.");
        assertThat(problems(new ConsistencyRule("r", List.of(MICRO, LARGE_TEAM), null)))
                .containsExactly("Consistency rule r message is empty.");
        assertThat(problems(new ConsistencyRule("r", List.of(MICRO, LARGE_TEAM), "x".repeat(401))))
                .containsExactly("Consistency rule r message is longer than 400 characters.");
        assertThat(problems(new ConsistencyRule("r", List.of(MICRO, LARGE_TEAM), "x".repeat(400)))).isEmpty();
    }

    @Test
    void aKeyUsedTwiceIsRefused() {
        assertThat(problems(new ConsistencyRule("r", List.of(MICRO, LARGE_TEAM), MESSAGE),
                new ConsistencyRule("r", List.of(new Answer("budget", "MINIMAL"), LARGE_TEAM), MESSAGE)))
                .containsExactly("Consistency rule r appears twice: each rule needs a key of its own.");
    }

    @Test
    void aMissingOrMalformedKeyIsRefused() {
        String form = ": the key must be up to 60 lower-case letters and digits, words joined by hyphens.";
        assertThat(problems(new ConsistencyRule(null, List.of(MICRO, LARGE_TEAM), MESSAGE)))
                .containsExactly("Consistency rule null" + form);
        assertThat(problems(new ConsistencyRule("Micro Large", List.of(MICRO, LARGE_TEAM), MESSAGE)))
                .containsExactly("Consistency rule Micro Large" + form);
        assertThat(problems(new ConsistencyRule("a".repeat(61), List.of(MICRO, LARGE_TEAM), MESSAGE)))
                .containsExactly("Consistency rule " + "a".repeat(61) + form);
    }

    @Test
    void anEmptyEntryIsRefused() {
        assertThat(problems(new ConsistencyRule[] {null})).containsExactly("A consistency rule is empty (null).");
    }
}
