package org.techleadership.advisor.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.techleadership.advisor.assessment.LinkToken;

/**
 * Several people of one business answering the same questionnaire, each through their own link.
 * The organiser (a consultant for a client record, or the owner holding the organiser link) adds
 * and removes members, may confirm a budget while members differ on it, and closes the round; the
 * closed round's result is frozen with it.
 */
@Entity
@Table(name = "team_assessment")
public class TeamAssessment {

    public static final int MIN_MEMBERS = 2;
    public static final int MAX_MEMBERS = 12;
    public static final int NAME_MAX = 120;
    public static final int LABEL_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String token;
    private String shareToken;
    private String name;
    private Long consultantId;
    private Long clientId;
    private String confirmedBudget;
    private Instant closedAt;
    private String resultJson;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("place")
    private List<TeamMember> members = new ArrayList<>();

    protected TeamAssessment() {
    }

    TeamAssessment(String name, Long consultantId, Long clientId, Instant now) {
        this.token = LinkToken.next();
        this.shareToken = LinkToken.next();
        this.name = name.strip();
        this.consultantId = consultantId;
        this.clientId = clientId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Adds a member with a new personal link; refused once closed, beyond the limit or for a label already there. */
    TeamMember addMember(String label, String email, Instant now) {
        requireOpen();
        if (members.size() >= MAX_MEMBERS) {
            throw new TeamChangeRefusedException("A team has at most " + MAX_MEMBERS + " members.");
        }
        String clean = label.strip();
        if (member(clean).isPresent()) {
            throw new TeamChangeRefusedException("“" + clean + "” is already a member: give each member their own label.");
        }
        int place = members.stream().mapToInt(TeamMember::getPlace).max().orElse(0) + 1;
        TeamMember member = new TeamMember(this, LinkToken.next(), clean, email, place);
        members.add(member);
        updatedAt = now;
        return member;
    }

    /** Removes a member and their answers; a team keeps at least two members. */
    void removeMember(long memberId, Instant now) {
        requireOpen();
        if (members.size() <= MIN_MEMBERS) {
            throw new TeamChangeRefusedException("A team needs at least " + MIN_MEMBERS
                    + " members: add another before removing this one.");
        }
        if (!members.removeIf(m -> m.getId() == memberId)) {
            throw new TeamChangeRefusedException("That member is not in this team.");
        }
        updatedAt = now;
    }

    void answer(TeamMember member, Map<String, String> answers, Instant now) {
        requireOpen();
        member.answer(answers, now);
    }

    /** The organiser settles the budget (an option key), or goes back to the most cautious one (null). */
    void confirmBudget(String optionKey, Instant now) {
        requireOpen();
        this.confirmedBudget = optionKey;
        updatedAt = now;
    }

    /** Closes the round with the result as it now is, frozen as JSON. Needs two members' answers. */
    void close(String resultJson, Instant now) {
        requireOpen();
        if (answeredCount() < MIN_MEMBERS) {
            throw new TeamChangeRefusedException("The round can close once at least " + MIN_MEMBERS
                    + " members have answered.");
        }
        this.resultJson = resultJson;
        this.closedAt = now;
        this.updatedAt = now;
    }

    private void requireOpen() {
        if (isClosed()) {
            throw new TeamClosedException();
        }
    }

    public Optional<TeamMember> member(String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        return members.stream().filter(m -> m.getLabel().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public Optional<TeamMember> memberByToken(String memberToken) {
        return members.stream().filter(m -> m.getToken().equals(memberToken)).findFirst();
    }

    public long answeredCount() {
        return members.stream().filter(TeamMember::hasAnswered).count();
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public String getShareToken() {
        return shareToken;
    }

    public String getName() {
        return name;
    }

    public Long getConsultantId() {
        return consultantId;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getConfirmedBudget() {
        return confirmedBudget;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    String getResultJson() {
        return resultJson;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<TeamMember> getMembers() {
        return List.copyOf(members);
    }
}
