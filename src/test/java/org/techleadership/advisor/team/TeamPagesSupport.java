package org.techleadership.advisor.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;

/**
 * What the team pages' MockMvc tests share: a team made through the owner's form, members answering
 * through their own links, pages read as text.
 */
abstract class TeamPagesSupport {

    /** The product owner's view: a product company with an engineering team and one salary (a CTO). */
    static final Answers ANA = AnswerSets.CTO;
    /** Finance: the same business, but the aim is how it runs, and a leader two days a week at most. */
    static final Answers BEN = with(AnswerSets.CTO, "focus", "PROCESS", "budget", "PART_TIME");
    /** Operations agrees with the owner. */
    static final Answers CLEO = AnswerSets.CTO;

    @Autowired MockMvcTester mvc;
    @Autowired TeamAssessments teams;

    static Answers with(Answers base, String... keysAndValues) {
        Map<String, String> answers = new LinkedHashMap<>(base.byQuestion());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Answers(answers);
    }

    /** Makes a team through the owner's form; returns its organiser token. */
    String ownersTeam(String name, String... labels) {
        var post = mvc.post().uri("/teams").with(csrf()).param("name", name);
        for (int i = 0; i < labels.length; i++) {
            post = post.param("members[" + i + "].label", labels[i]);
        }
        return tokenOf(post.exchange().getResponse());
    }

    static String tokenOf(MockHttpServletResponse created) {
        assertThat(created.getStatus()).isEqualTo(302);
        String location = created.getRedirectedUrl();
        assertThat(location).matches("/teams/[A-Za-z0-9_-]{32}\\?created");
        return location.substring("/teams/".length(), location.indexOf('?'));
    }

    TeamAssessment team(String token) {
        return teams.organised(token).orElseThrow();
    }

    String memberToken(String token, String label) {
        return team(token).member(label).orElseThrow().getToken();
    }

    MockHttpServletResponse answer(String memberToken, Map<String, String> answers) {
        var post = mvc.post().uri("/m/{t}", memberToken).with(csrf());
        for (var e : answers.entrySet()) {
            post = post.param(e.getKey(), e.getValue());
        }
        return post.exchange().getResponse();
    }

    void answers(String memberToken, Answers answers) {
        MockHttpServletResponse response = answer(memberToken, answers.byQuestion());
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/m/" + memberToken);
    }

    static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }

    String page(String uri, Object... vars) throws Exception {
        MockHttpServletResponse response = mvc.get().uri(uri, vars).exchange().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return text(response);
    }

    /** Posts the form fields (name, value, name, value...) to path, as a browser without JavaScript would. */
    MockHttpServletResponse post(String path, String... fields) {
        var post = mvc.post().uri(path).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            post = post.param(fields[i], fields[i + 1]);
        }
        return post.exchange().getResponse();
    }

    /** Harbour Bakery: Ana, Ben and Cleo have answered; Ben disagrees on the main aim and the budget. */
    String threeAnswered(String name) {
        String token = ownersTeam(name, "Owner — Ana", "Finance — Ben", "Operations — Cleo");
        answers(memberToken(token, "Owner — Ana"), ANA);
        answers(memberToken(token, "Finance — Ben"), BEN);
        answers(memberToken(token, "Operations — Cleo"), CLEO);
        return token;
    }
}
