package org.techleadership.advisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.techleadership.advisor.questionnaire.internal.QuestionnaireDraftRepository;

/** The plain query that shows a step reads the same draft as JPA does, times included. */
@SpringBootTest
class DraftReadsTest {

    @Autowired QuestionnaireService drafts;
    @Autowired DraftReads reads;
    @Autowired QuestionnaireDraftRepository repository;
    @Autowired TransactionTemplate transactions;

    @Test
    void aDraftReadInOneQueryEqualsTheOneJpaLoads() {
        QuestionnaireDraft started = drafts.start("Harbour Bakery", null);
        drafts.submit(started.getToken(), 1, new LinkedHashMap<>(Map.of("focus", "PRODUCT", "audience", "BOTH",
                "challenge", "IT_COSTS")), QuestionnaireService.Action.NEXT);

        QuestionnaireDraft plain = reads.find(started.getToken()).orElseThrow();
        QuestionnaireDraft jpa = transactions.execute(tx -> {
            QuestionnaireDraft d = repository.findWithAnswersByToken(started.getToken()).orElseThrow();
            d.getAnswers().size();
            return d;
        });

        assertThat(plain).usingRecursiveComparison().isEqualTo(jpa);
        assertThat(plain.getAnswers()).containsExactlyInAnyOrderEntriesOf(Map.of("focus", "PRODUCT", "audience", "BOTH",
                "challenge", "IT_COSTS"));
        assertThat(plain.getCurrentStep()).isEqualTo(2);
        assertThat(plain.getCreatedAt()).isEqualTo(jpa.getCreatedAt()).isNotNull();
        assertThat(reads.find("no-such-token-000000000000000000")).isEmpty();
    }
}
