package org.techleadership.advisor.team;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.techleadership.advisor.assessment.DeletedLinks;

/**
 * The team behind each of its three kinds of link (organiser, member, share), and those links as
 * addresses. A deleted team's links say "deleted" (410); a link that never was says "not found".
 */
@Component
class TeamLinks {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private final TeamAssessments teams;
    private final DeletedLinks deleted;

    TeamLinks(TeamAssessments teams, DeletedLinks deleted) {
        this.teams = teams;
        this.deleted = deleted;
    }

    TeamAssessment organised(String token) {
        return found(teams.organised(token), token);
    }

    TeamAssessment shared(String shareToken) {
        return found(teams.shared(shareToken), shareToken);
    }

    TeamAssessment ofMember(String memberToken) {
        return found(teams.ofMember(memberToken), memberToken);
    }

    private TeamAssessment found(Optional<TeamAssessment> team, String token) {
        return team.orElseThrow(() -> {
            deleted.throwIfDeleted(token);
            return notFound();
        });
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** Where the app is reached, as this request sees it (behind a proxy: its public address). */
    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    static String organiserUrl(TeamAssessment team) {
        return base() + "/teams/" + team.getToken();
    }

    static String memberUrl(TeamMember member) {
        return base() + "/m/" + member.getToken();
    }

    static String shareUrl(TeamAssessment team) {
        return base() + "/t/" + team.getShareToken();
    }

    static String date(Instant instant) {
        return instant == null ? null : DATE.format(instant);
    }
}
