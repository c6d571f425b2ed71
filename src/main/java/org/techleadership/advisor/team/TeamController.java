package org.techleadership.advisor.team;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.assessment.DeletedLinks;

/** A business owner's team, made without an account, and the organiser's page at its private link. */
@Controller
class TeamController {

    private final TeamAssessments teams;
    private final TeamMail mail;
    private final TeamLinks links;
    private final TeamPage page;

    TeamController(TeamAssessments teams, TeamMail mail, TeamLinks links, TeamPage page) {
        this.teams = teams;
        this.mail = mail;
        this.links = links;
        this.page = page;
    }

    @InitBinder("teamForm")
    void teamForm(WebDataBinder binder) {
        binder.setAllowedFields("name", "members[*].label", "members[*].email");
        binder.addValidators(new TeamFormCheck(mail.available()));
    }

    @GetMapping("/teams/new")
    String newTeam(Model model) {
        model.addAttribute("teamForm", TeamForm.named(""));
        model.addAttribute("mailAvailable", mail.available());
        return "team/new";
    }

    @PostMapping("/teams")
    String create(@Valid @ModelAttribute TeamForm teamForm, BindingResult result, Model model,
                  HttpServletResponse response) {
        if (result.hasErrors()) {
            teamForm.padded();
            model.addAttribute("mailAvailable", mail.available());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "team/new";
        }
        TeamAssessment team = mail.create(teamForm.getName(), teamForm.newMembers(mail.available()), null, null);
        return "redirect:/teams/" + team.getToken() + "?created";
    }

    @GetMapping("/teams/{token}")
    String show(@PathVariable String token, @RequestParam(required = false) String saved,
                @AuthenticationPrincipal SignedIn me, Model model) {
        TeamAssessment team = links.organised(token);
        if (saved != null && TeamPage.SAVED.contains(saved)) {
            model.addAttribute("saved", "teampage.saved." + saved);
        }
        return page.show(team, me, model);
    }

    /** Asks before deleting. */
    @GetMapping("/teams/{token}/delete")
    String confirmDelete(@PathVariable String token, Model model) {
        model.addAttribute("team", links.organised(token));
        return "team/delete";
    }

    /** Deletes the team, every member's answers and its result; its links then say "deleted". */
    @PostMapping("/teams/{token}/delete")
    String delete(@PathVariable String token) {
        TeamAssessment team = links.organised(token);
        mail.forget(team);
        teams.delete(token, team.getConsultantId() == null ? DeletedLinks.DeletedBy.OWNER
                : DeletedLinks.DeletedBy.CONSULTANT);
        return "redirect:/teams/" + token;
    }
}
