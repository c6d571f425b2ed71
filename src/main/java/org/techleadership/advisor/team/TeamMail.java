package org.techleadership.advisor.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.consultant.ClientDeleted;
import org.techleadership.advisor.mail.MailBrand;
import org.techleadership.advisor.mail.MailTemplates;
import org.techleadership.advisor.mail.Outbox;
import org.techleadership.advisor.practice.Brand;
import org.techleadership.advisor.practice.Brands;

/**
 * The team's e-mails, where this installation sends e-mail: each member with an address gets their
 * own link when they join, and the organiser may remind those still waiting (once a day at most,
 * so the button cannot flood anyone's inbox). Queued in the transaction of the change they tell of,
 * in the brand of the consultant's practice; reference "team:{id}".
 */
@Service
class TeamMail {

    static final Duration REMIND_AGAIN_AFTER = Duration.ofDays(1);

    private final TeamAssessments teams;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final Brands brands;
    private final Clock clock = Clock.systemUTC();

    TeamMail(TeamAssessments teams, Outbox outbox, MailTemplates templates, MessageSource messages, Brands brands) {
        this.teams = teams;
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
        this.brands = brands;
    }

    boolean available() {
        return outbox.available();
    }

    /** Makes the team and sends each member with an address their link. */
    @Transactional
    TeamAssessment create(String name, List<TeamAssessments.NewMember> members, Long consultantId, Long clientId) {
        TeamAssessment team = teams.create(name, members, consultantId, clientId);
        team.getMembers().forEach(member -> sendLink(team, member, "teampage.mail.link"));
        return team;
    }

    @Transactional
    TeamMember add(String token, TeamAssessments.NewMember member) {
        TeamMember added = teams.addMember(token, member);
        sendLink(added.getTeam(), added, "teampage.mail.link");
        return added;
    }

    /** Whom a reminder would reach now: waiting, with an address, not reminded in the last day. */
    boolean remindable(TeamMember member) {
        Instant now = clock.instant();
        return available() && !member.hasAnswered() && member.getEmail() != null
                && (member.getRemindedAt() == null || member.getRemindedAt().plus(REMIND_AGAIN_AFTER).isBefore(now));
    }

    /** Reminds whoever {@link #remindable} says; returns how many. */
    @Transactional
    int remind(TeamAssessment team) {
        List<Long> ids = team.getMembers().stream().filter(this::remindable).map(TeamMember::getId).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        TeamAssessment locked = teams.reminded(team.getToken(), ids);
        locked.getMembers().stream().filter(m -> ids.contains(m.getId()))
                .forEach(member -> sendLink(locked, member, "teampage.mail.reminder"));
        return ids.size();
    }

    /** A deleted team's e-mails, and the addresses they went to, go with it. */
    void forget(TeamAssessment team) {
        if (team.getConsultantId() != null) {
            outbox.deleteFor(team.getConsultantId(), reference(team));
        } else {
            outbox.deleteOwnerless(reference(team));
        }
    }

    /** Before TeamAssessments deletes a deleted client's teams: their e-mails go too. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void clientDeleted(ClientDeleted client) {
        teams.ofClient(client.consultantId(), client.clientId()).forEach(this::forget);
    }

    private void sendLink(TeamAssessment team, TeamMember member, String key) {
        if (member.getEmail() == null || !available()) {
            return;
        }
        List<String> paragraphs = List.of(text(key + ".greeting"), text(key + ".lead", team.getName(), member.getLabel()),
                text(key + ".what"));
        Map<String, Object> model = new HashMap<>();
        model.put("preview", paragraphs.get(1));
        model.put("paragraphs", paragraphs);
        model.put("quote", null);
        model.put("button", text(key + ".button"));
        model.put("link", TeamLinks.memberUrl(member));
        outbox.queue(templates.render("notice", brand(team), model).to(member.getEmail(),
                text(key + ".subject", team.getName()), key.endsWith("reminder") ? "TEAM_REMINDER" : "TEAM_LINK",
                team.getConsultantId(), reference(team)));
    }

    static String reference(TeamAssessment team) {
        return "team:" + team.getId();
    }

    /** The practice's name, accent, logo and contact, as on its pages; the product's own without one. */
    private MailBrand brand(TeamAssessment team) {
        Brand brand = brands.ofConsultant(team.getConsultantId());
        if (brand.isDefault()) {
            return MailBrand.standard();
        }
        String contact = Stream.of(brand.consultantName(), brand.contactEmail(), brand.contactPhone())
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
        return new MailBrand(brand.practiceName(), brand.accent(),
                brand.logoUrl() == null ? null : TeamLinks.base() + brand.logoUrl(), contact.isEmpty() ? null : contact);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
