package org.techleadership.advisor.team;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.practice.Brands;

/**
 * The model of the organiser's page: the members with their links, the result once two have
 * answered, and the forms. A form bound with errors, or a change refused, is already in the model
 * and is shown as it was.
 */
@Component
class TeamPage {

    /** What the page may say was just done (?saved=...): nothing else is looked up. */
    static final Set<String> SAVED = Set.of("added", "removed", "reminded", "nobody", "budget", "closed");

    /** A member as the organiser sees them. */
    record MemberLine(long id, String label, String email, boolean answered, String answeredOn, String remindedOn,
                      String link, boolean remindable) {}

    private final TeamAssessments teams;
    private final TeamMail mail;
    private final Brands brands;
    private final MessageSource messages;

    TeamPage(TeamAssessments teams, TeamMail mail, Brands brands, MessageSource messages) {
        this.teams = teams;
        this.mail = mail;
        this.brands = brands;
        this.messages = messages;
    }

    /** A message of the page's own, for a refusal worded here rather than by the team's rules. */
    String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    String show(TeamAssessment team, SignedIn me, Model model) {
        List<MemberLine> members = team.getMembers().stream().map(m -> new MemberLine(m.getId(), m.getLabel(),
                m.getEmail(), m.hasAnswered(), TeamLinks.date(m.getAnsweredAt()), TeamLinks.date(m.getRemindedAt()),
                TeamLinks.memberUrl(m), mail.remindable(m))).toList();
        model.addAttribute("team", team);
        model.addAttribute("members", members);
        model.addAttribute("answered", team.answeredCount());
        model.addAttribute("result", teams.result(team).orElse(null));
        model.addAttribute("organiserUrl", TeamLinks.organiserUrl(team));
        model.addAttribute("shareUrl", TeamLinks.shareUrl(team));
        model.addAttribute("closedOn", TeamLinks.date(team.getClosedAt()));
        model.addAttribute("mailAvailable", mail.available());
        model.addAttribute("canRemind", members.stream().anyMatch(MemberLine::remindable));
        model.addAttribute("canRemove", !team.isClosed() && members.size() > TeamAssessment.MIN_MEMBERS);
        model.addAttribute("canAdd", !team.isClosed() && members.size() < TeamAssessment.MAX_MEMBERS);
        model.addAttribute("brand", brands.ofConsultant(team.getConsultantId()));
        // the consultant who made it is led back to the client's record
        model.addAttribute("clientId", me != null && team.getClientId() != null
                && team.getConsultantId() != null && team.getConsultantId() == me.userId() ? team.getClientId() : null);
        if (!model.containsAttribute("newMember")) {
            model.addAttribute("newMember", new MemberRow());
        }
        if (!model.containsAttribute("refused")) {
            model.addAttribute("refused", Map.of());
        }
        return "team/organiser";
    }
}
