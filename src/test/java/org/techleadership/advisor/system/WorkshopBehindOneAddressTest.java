package org.techleadership.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;
import org.techleadership.advisor.support.FormBrowser;

/**
 * Twenty people in one workshop, behind one office address, all start at once and each finish a
 * questionnaire, saving and going back on the way, as fast as the app answers. With the default
 * rate limits none of them ever meets one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkshopBehindOneAddressTest {

    private static final String OFFICE = "198.51.100.20";
    private static final int PEOPLE = 20;

    @LocalServerPort
    int port;

    private static final class Person {
        final FormBrowser browser;
        final Answers answers;
        String draft;

        Person(FormBrowser browser, Answers answers) {
            this.browser = browser;
            this.answers = answers;
        }

        HttpResponse<String> step(int step, String action) throws Exception {
            Map<String, String> form = new LinkedHashMap<>(AnswerSets.byStep(answers, step));
            form.put("action", action);
            return browser.submit("/q/" + draft + "/" + step, "/q/" + draft + "/" + step, form);
        }
    }

    private interface Move {
        HttpResponse<String> by(Person person) throws Exception;
    }

    @Test
    void twentyPeopleBehindOneAddressFinishTheirQuestionnairesWithoutMeetingALimit() throws Exception {
        List<Answers> sets = List.of(AnswerSets.CIO, AnswerSets.CTO, AnswerSets.VCIO, AnswerSets.VCTO);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(new Person(new FormBrowser(port, OFFICE), sets.get(i % sets.size())));
        }
        // everyone does each move before anyone does the next: the workshop's bursts
        everyone(people, "start", 302, person -> {
            HttpResponse<String> started = person.browser.submit("/", "/start", Map.of());
            person.draft = FormBrowser.location(started).split("/")[2];
            return started;
        });
        everyone(people, "step 1, next", 302, person -> person.step(1, "next"));
        everyone(people, "step 2, save", 200, person -> person.step(2, "save"));
        everyone(people, "step 2, next", 302, person -> person.step(2, "next"));
        everyone(people, "step 3, back", 302, person -> person.step(3, "back"));
        everyone(people, "step 2, next again", 302, person -> person.step(2, "next"));
        everyone(people, "step 3, next", 302, person -> person.step(3, "next"));
        everyone(people, "step 4, next", 302, person -> person.step(4, "next"));
        everyone(people, "the result", 200, person -> person.browser.get("/q/" + person.draft + "/result"));

        for (Person person : people) {
            assertThat(person.browser.get("/q/" + person.draft + "/result").body()).contains("Your share link");
        }
    }

    private static void everyone(List<Person> people, String what, int status, Move move) throws Exception {
        for (int i = 0; i < people.size(); i++) {
            HttpResponse<String> response = move.by(people.get(i));
            assertThat(response.statusCode()).as("person %d, %s", i + 1, what).isNotEqualTo(429).isEqualTo(status);
        }
    }
}
