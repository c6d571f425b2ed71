package org.techleadership.advisor.team;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.assessment.DeletedLinks;
import org.techleadership.advisor.assessment.LinkToken;
import org.techleadership.advisor.assessment.Recommendations;
import org.techleadership.advisor.assessment.StoredRecommendation;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.consultant.ClientDeleted;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.team.internal.TeamRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Team assessments: created by a consultant for a client record or by an owner alone, answered by
 * each member through their own link, organised through the organiser link, closed with a frozen
 * result. Every change locks the team's row, so members answering at once never overwrite each other.
 */
@Service
public class TeamAssessments {

    /** A member to add: their label and, optionally, where their link and reminders are e-mailed. */
    public record NewMember(String label, String email) {}

    private final TeamRepository teams;
    private final CatalogueService catalogues;
    private final TeamResults results;
    private final Recommendations recommendations;
    private final DeletedLinks deleted;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    TeamAssessments(TeamRepository teams, CatalogueService catalogues, TeamResults results,
                    Recommendations recommendations, DeletedLinks deleted, JsonMapper json) {
        this.teams = teams;
        this.catalogues = catalogues;
        this.results = results;
        this.recommendations = recommendations;
        this.deleted = deleted;
        this.json = json;
    }

    @Transactional
    public TeamAssessment create(String name, List<NewMember> members, Long consultantId, Long clientId) {
        if (members.size() < TeamAssessment.MIN_MEMBERS) {
            throw new TeamChangeRefusedException("A team needs at least " + TeamAssessment.MIN_MEMBERS + " members.");
        }
        Instant now = clock.instant();
        TeamAssessment team = new TeamAssessment(name, consultantId, clientId, now);
        for (NewMember member : members) {
            team.addMember(member.label(), blankToNull(member.email()), now);
        }
        return teams.save(team);
    }

    /** The team at its organiser link, with its members. */
    @Transactional(readOnly = true)
    public Optional<TeamAssessment> organised(String token) {
        return LinkToken.looksValid(token) ? teams.findByToken(token) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<TeamAssessment> shared(String shareToken) {
        return LinkToken.looksValid(shareToken) ? teams.findByShareToken(shareToken) : Optional.empty();
    }

    /** The team a member's link belongs to, with its members. */
    @Transactional(readOnly = true)
    public Optional<TeamAssessment> ofMember(String memberToken) {
        return (LinkToken.looksValid(memberToken) ? teams.idOfMemberToken(memberToken) : Optional.<Long>empty())
                .flatMap(teams::findById).map(TeamAssessments::loaded);
    }

    /** A client record's team assessments, newest first. */
    @Transactional(readOnly = true)
    public List<TeamAssessment> ofClient(long consultantId, long clientId) {
        return teams.findByConsultantIdAndClientIdOrderByCreatedAtDesc(consultantId, clientId).stream()
                .map(TeamAssessments::loaded).toList();
    }

    /**
     * The team's result: as frozen when the round closed, else worked out now from the current
     * catalogue; empty while fewer than two members have answered.
     */
    public Optional<TeamResult> result(TeamAssessment team) {
        if (team.isClosed()) {
            return Optional.of(json.readValue(team.getResultJson(), TeamResult.class));
        }
        return results.of(catalogues.current(), team);
    }

    /** Each member with their own recommendation (none while waiting): frozen with a closed round, else as of now. */
    public List<TeamResult.Member> members(TeamAssessment team) {
        return team.isClosed() ? result(team).orElseThrow().members() : results.members(catalogues.current(), team);
    }

    /**
     * A member's answers (every question, as option keys, checked by the caller); they may answer
     * again until the round closes. Returns their own recommendation. Empty when the member token
     * is not of this team (teamToken null: any team).
     */
    @Transactional
    public Optional<StoredRecommendation> answer(String teamToken, String memberToken, Map<String, String> answers) {
        Optional<Long> id = LinkToken.looksValid(memberToken) ? teams.idOfMemberToken(memberToken) : Optional.empty();
        if (id.isEmpty() || (teamToken != null && !teams.idOfToken(teamToken).equals(id))) {
            return Optional.empty();
        }
        TeamAssessment team = teams.lock(id.get()).orElseThrow();
        TeamMember member = team.memberByToken(memberToken).orElseThrow();
        if (!TeamResults.complete(catalogues.current(), answers)) {
            throw new IllegalArgumentException("A member's answers must answer every question");
        }
        team.answer(member, answers, clock.instant());
        return Optional.of(recommendations.of(catalogues.current(), new Answers(answers)));
    }

    @Transactional
    public TeamMember addMember(String token, NewMember member) {
        return locked(token).addMember(member.label(), blankToNull(member.email()), clock.instant());
    }

    @Transactional
    public void removeMember(String token, long memberId) {
        TeamAssessment team = locked(token);
        Optional<TeamMember> gone = team.getMembers().stream().filter(m -> m.getId() == memberId).findFirst();
        team.removeMember(memberId, clock.instant());
        gone.ifPresent(m -> deleted.record(m.getToken(), DeletedLinks.DeletedBy.OWNER, clock.instant()));
    }

    /** optionKey: one of the budgets members gave, or null for the most cautious one. */
    @Transactional
    public void confirmBudget(String token, String optionKey) {
        locked(token).confirmBudget(optionKey, clock.instant());
    }

    /** Closes the round: the result as it now is becomes the one every link shows from now on. */
    @Transactional
    public TeamResult close(String token) {
        TeamAssessment team = locked(token);
        TeamResult result = results.of(catalogues.current(), team).orElseThrow(() -> new TeamChangeRefusedException(
                "The round can close once at least " + TeamAssessment.MIN_MEMBERS + " members have answered."));
        team.close(json.writeValueAsString(result), clock.instant());
        return result;
    }

    /** Marks these members reminded now (the caller sends the e-mails in this transaction). */
    @Transactional
    public TeamAssessment reminded(String token, List<Long> memberIds) {
        TeamAssessment team = locked(token);
        team.getMembers().stream().filter(m -> memberIds.contains(m.getId())).forEach(m -> m.reminded(clock.instant()));
        return team;
    }

    /** Deletes the team, its members' answers and its result; its links then say "deleted". */
    @Transactional
    public boolean delete(String token, DeletedLinks.DeletedBy by) {
        Optional<TeamAssessment> found = LinkToken.looksValid(token) ? teams.idOfToken(token).flatMap(teams::lock)
                : Optional.empty();
        found.ifPresent(team -> delete(team, by));
        return found.isPresent();
    }

    /** A deleted client's team assessments go with it, in the deleting transaction (after their e-mails, TeamMail). */
    @EventListener
    void clientDeleted(ClientDeleted client) {
        teams.findByConsultantIdAndClientId(client.consultantId(), client.clientId())
                .forEach(team -> delete(team, DeletedLinks.DeletedBy.CONSULTANT));
    }

    private void delete(TeamAssessment team, DeletedLinks.DeletedBy by) {
        Instant now = clock.instant();
        deleted.record(team.getToken(), by, now);
        deleted.record(team.getShareToken(), by, now);
        team.getMembers().forEach(m -> deleted.record(m.getToken(), by, now));
        teams.delete(team);
    }

    private TeamAssessment locked(String token) {
        return (LinkToken.looksValid(token) ? teams.idOfToken(token) : Optional.<Long>empty()).flatMap(teams::lock)
                .orElseThrow(TeamNotFoundException::new);
    }

    private static TeamAssessment loaded(TeamAssessment team) {
        team.getMembers().forEach(m -> m.getAnswers());
        return team;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A member's own recommendation: as frozen with the closed round, else from the current
     * catalogue; empty until they have answered every question.
     */
    public Optional<StoredRecommendation.Result> ownResult(TeamAssessment team, TeamMember member) {
        if (team.isClosed()) {
            return result(team).flatMap(r -> r.members().stream().filter(m -> m.label().equals(member.getLabel()))
                    .findFirst()).map(TeamResult.Member::recommendation);
        }
        Catalogue catalogue = catalogues.current();
        return TeamResults.complete(catalogue, member.getAnswers())
                ? Optional.of(recommendations.of(catalogue, new Answers(member.getAnswers())).recommendation())
                : Optional.empty();
    }
}
