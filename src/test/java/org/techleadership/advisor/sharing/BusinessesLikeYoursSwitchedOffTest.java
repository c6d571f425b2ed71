package org.techleadership.advisor.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.assessment.DeletedLinks;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;

/** advisor.peers.enabled=false: no "Businesses like yours" anywhere, however many businesses match, and the privacy page does not claim it. */
@SpringBootTest(properties = {"advisor.peers.enabled=false", "advisor.peers.refresh-interval=0s"})
@AutoConfigureMockMvc
class BusinessesLikeYoursSwitchedOffTest {

    @Autowired MockMvcTester mvc;
    @Autowired AssessmentService assessments;

    final List<String> made = new ArrayList<>();

    @AfterEach
    void deleteWhatWasMade() {
        made.forEach(token -> assessments.delete(token, DeletedLinks.DeletedBy.OWNER));
    }

    @Test
    void switchedOffShowsNothingEvenWithManyMatches() throws Exception {
        AssessmentResult last = null;
        for (int i = 0; i < 25; i++) { // 25 more than before in this group, whatever it held: over the threshold
            Map<String, String> answers = new LinkedHashMap<>(AnswerSets.CIO.byQuestion());
            answers.put("budget", i % 2 == 0 ? "FULL_TIME" : "PART_TIME");
            last = assessments.create(new Answers(answers), null);
            made.add(last.assessment().getToken());
        }
        assertThat(text("/r/" + last.assessment().getToken())).contains(AnswerSets.CIO_NAME.substring(0, 5))
                .doesNotContain(BusinessesLikeYoursTest.TITLE);
        assertThat(text("/privacy")).doesNotContain(BusinessesLikeYoursTest.TITLE);
    }

    private String text(String uri) throws Exception {
        var response = mvc.get().uri(uri).exchange().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("main").text();
    }
}
