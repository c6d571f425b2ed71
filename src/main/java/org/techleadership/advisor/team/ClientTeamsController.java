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
import org.springframework.web.bind.annotation.RequestMapping;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.consultant.Client;
import org.techleadership.advisor.consultant.ClientRecords;

/** A consultant's team assessments of one client: the list, and a new one, named after the client. */
@Controller
@RequestMapping("/consultant/clients/{clientId:\\d+}/teams")
class ClientTeamsController {

    private final ClientRecords clients;
    private final TeamAssessments teams;
    private final TeamMail mail;

    ClientTeamsController(ClientRecords clients, TeamAssessments teams, TeamMail mail) {
        this.clients = clients;
        this.teams = teams;
        this.mail = mail;
    }

    @InitBinder("teamForm")
    void teamForm(WebDataBinder binder) {
        binder.setAllowedFields("name", "members[*].label", "members[*].email");
        binder.addValidators(new TeamFormCheck(mail.available()));
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedIn me, @PathVariable long clientId, Model model) {
        Client client = client(me, clientId);
        model.addAttribute("teamForm", TeamForm.named(client.getName()));
        return page(me, client, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedIn me, @PathVariable long clientId,
                  @Valid @ModelAttribute TeamForm teamForm, BindingResult result, Model model,
                  HttpServletResponse response) {
        Client client = client(me, clientId);
        if (result.hasErrors()) {
            teamForm.padded();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(me, client, model);
        }
        TeamAssessment team = mail.create(teamForm.getName(), teamForm.newMembers(mail.available()), me.userId(),
                client.getId());
        return "redirect:/teams/" + team.getToken() + "?created";
    }

    /** Another consultant's client is not found, whatever id is guessed. */
    private Client client(SignedIn me, long clientId) {
        return clients.find(me.userId(), clientId).orElseThrow(TeamLinks::notFound);
    }

    private String page(SignedIn me, Client client, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("teams", teams.ofClient(me.userId(), client.getId()));
        model.addAttribute("mailAvailable", mail.available());
        return "team/client-teams";
    }
}
