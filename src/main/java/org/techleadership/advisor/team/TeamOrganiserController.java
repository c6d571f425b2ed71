package org.techleadership.advisor.team;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.techleadership.advisor.account.SignedIn;

/**
 * What the organiser changes: members in and out, reminders, the budget and closing the round. A
 * change the team's rules refuse (or a closed round) shows the page again with why, next to its form.
 */
@Controller
@RequestMapping("/teams/{token}")
class TeamOrganiserController {

    private final TeamAssessments teams;
    private final TeamMail mail;
    private final TeamLinks links;
    private final TeamPage page;

    TeamOrganiserController(TeamAssessments teams, TeamMail mail, TeamLinks links, TeamPage page) {
        this.teams = teams;
        this.mail = mail;
        this.links = links;
        this.page = page;
    }

    @InitBinder("newMember")
    void newMember(WebDataBinder binder) {
        binder.setAllowedFields("label", "email");
    }

    @PostMapping("/members")
    String add(@PathVariable String token, @Valid @ModelAttribute("newMember") MemberRow newMember,
               BindingResult result, @AuthenticationPrincipal SignedIn me, Model model, HttpServletResponse response) {
        TeamAssessment team = links.organised(token);
        new TeamFormCheck(mail.available()).validateNew(newMember, team, result);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page.show(team, me, model);
        }
        return change(token, "members", "added", me, model, response,
                () -> mail.add(token, newMember.toNewMember(mail.available())));
    }

    @PostMapping("/members/{memberId:\\d+}/remove")
    String remove(@PathVariable String token, @PathVariable long memberId, @AuthenticationPrincipal SignedIn me,
                  Model model, HttpServletResponse response) {
        links.organised(token);
        return change(token, "members", "removed", me, model, response, () -> teams.removeMember(token, memberId));
    }

    @PostMapping("/remind")
    String remind(@PathVariable String token, @AuthenticationPrincipal SignedIn me, Model model,
                  HttpServletResponse response) {
        TeamAssessment team = links.organised(token);
        if (!mail.available()) {
            return refused(token, "members", page.text("teampage.remind.unavailable"), me, model, response);
        }
        if (team.isClosed()) {
            return refused(token, "round", new TeamClosedException().getMessage(), me, model, response);
        }
        return "redirect:/teams/" + token + "?saved=" + (mail.remind(team) > 0 ? "reminded" : "nobody") + "#members";
    }

    /** budget: one of the budgets members gave, or blank for the most cautious one. */
    @PostMapping("/budget")
    String budget(@PathVariable String token, @RequestParam(defaultValue = "") String budget,
                  @AuthenticationPrincipal SignedIn me, Model model, HttpServletResponse response) {
        TeamAssessment team = links.organised(token);
        boolean given = teams.result(team).map(TeamResult::budget)
                .map(b -> b.given().stream().anyMatch(g -> g.optionKey().equals(budget))).orElse(false);
        if (!budget.isEmpty() && !given) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refused", Map.of("budget", page.text("teampage.budget.unknown")));
            return page.show(team, me, model);
        }
        return change(token, "budget", "budget", me, model, response,
                () -> teams.confirmBudget(token, budget.isEmpty() ? null : budget));
    }

    @PostMapping("/close")
    String close(@PathVariable String token, @AuthenticationPrincipal SignedIn me, Model model,
                 HttpServletResponse response) {
        links.organised(token);
        return change(token, "close", "closed", me, model, response, () -> teams.close(token));
    }

    private String change(String token, String form, String saved, SignedIn me, Model model,
                          HttpServletResponse response, Runnable change) {
        try {
            change.run();
        } catch (TeamClosedException closed) {
            return refused(token, "round", closed.getMessage(), me, model, response);
        } catch (TeamChangeRefusedException refused) {
            return refused(token, form, refused.getMessage(), me, model, response);
        } catch (TeamNotFoundException gone) {
            links.organised(token); // says "deleted" or "not found"
        }
        return "redirect:/teams/" + token + "?saved=" + saved + "#" + form;
    }

    /** The page again, the message beside the form it is about; 409: the team's state refused it. */
    private String refused(String token, String form, String message, SignedIn me, Model model,
                           HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("refused", Map.of(form, message));
        return page.show(links.organised(token), me, model);
    }
}
