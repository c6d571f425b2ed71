package org.techleadership.advisor.team;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.techleadership.advisor.catalogue.AnswerCheck;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.QuestionnaireStep;
import org.techleadership.advisor.practice.Brands;

/**
 * A member's own link: every question on one page (plain form, no session), then their own result
 * and, once two have answered, the team's. Nobody sees the others' answers before sending their own.
 */
@Controller
class MemberController {

    /** One of the catalogue's steps, as a heading over its questions. */
    record Step(QuestionnaireStep step, List<Question> questions) {}

    private final TeamAssessments teams;
    private final TeamLinks links;
    private final CatalogueService catalogues;
    private final Brands brands;

    MemberController(TeamAssessments teams, TeamLinks links, CatalogueService catalogues, Brands brands) {
        this.teams = teams;
        this.links = links;
        this.catalogues = catalogues;
        this.brands = brands;
    }

    @GetMapping("/m/{memberToken}")
    String show(@PathVariable String memberToken, @RequestParam(required = false) String change, Model model) {
        TeamAssessment team = links.ofMember(memberToken);
        TeamMember member = team.memberByToken(memberToken).orElseThrow(TeamLinks::notFound);
        Catalogue catalogue = catalogues.current();
        // the questions until their own answers are in: nobody sees the others' before that
        if (!team.isClosed() && (change != null || !TeamResults.complete(catalogue, member.getAnswers()))) {
            return questionnaire(model, team, member, catalogue,
                    member.getAnswers() == null ? Map.of() : member.getAnswers(), Map.of());
        }
        return answered(model, team, member);
    }

    @PostMapping("/m/{memberToken}")
    String submit(@PathVariable String memberToken, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response) {
        TeamAssessment team = links.ofMember(memberToken);
        TeamMember member = team.memberByToken(memberToken).orElseThrow(TeamLinks::notFound);
        Catalogue catalogue = catalogues.current();
        Map<String, String> answers = new LinkedHashMap<>();
        catalogue.questions().forEach(q -> {
            String chosen = form.get(q.key());
            if (chosen != null && !chosen.isBlank()) {
                answers.put(q.key(), chosen);
            }
        });
        Map<String, String> errors = AnswerCheck.problems(catalogue.questions(), answers);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return questionnaire(model, team, member, catalogue, answers, errors);
        }
        try {
            teams.answer(null, memberToken, answers).orElseThrow(TeamLinks::notFound);
        } catch (TeamClosedException closed) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refused", closed.getMessage());
            return answered(model, links.ofMember(memberToken), member);
        }
        return "redirect:/m/" + memberToken;
    }

    private String questionnaire(Model model, TeamAssessment team, TeamMember member, Catalogue catalogue,
                                 Map<String, String> answers, Map<String, String> errors) {
        Map<String, Set<String>> chosen = new HashMap<>();
        answers.forEach((question, option) -> chosen.put(question, Set.of(option)));
        model.addAttribute("team", team);
        model.addAttribute("member", member);
        model.addAttribute("steps", IntStream.rangeClosed(1, catalogue.stepCount())
                .mapToObj(n -> new Step(catalogue.step(n), catalogue.questionsOf(n))).toList());
        model.addAttribute("questions", catalogue.questions());
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("changing", member.hasAnswered());
        model.addAttribute("brand", brands.ofConsultant(team.getConsultantId()));
        return "team/member";
    }

    private String answered(Model model, TeamAssessment team, TeamMember member) {
        TeamMember current = team.memberByToken(member.getToken()).orElse(member);
        model.addAttribute("team", team);
        model.addAttribute("member", current);
        model.addAttribute("own", teams.ownResult(team, current).orElse(null));
        model.addAttribute("result", teams.result(team).orElse(null));
        model.addAttribute("answeredOn", TeamLinks.date(current.getAnsweredAt()));
        model.addAttribute("closedOn", TeamLinks.date(team.getClosedAt()));
        model.addAttribute("brand", brands.ofConsultant(team.getConsultantId()));
        return "team/answered";
    }
}
