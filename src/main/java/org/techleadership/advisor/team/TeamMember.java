package org.techleadership.advisor.team;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.techleadership.advisor.team.internal.AnswersJson;

/** One member of a team assessment: their label, personal answer link and, once given, their answers. */
@Entity
@Table(name = "team_member")
public class TeamMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    private TeamAssessment team;
    private String token;
    private String label;
    private String email;
    private int place;
    @Convert(converter = AnswersJson.class)
    @Column(name = "answers_json")
    private Map<String, String> answers;
    private Instant answeredAt;
    private Instant remindedAt;

    protected TeamMember() {
    }

    TeamMember(TeamAssessment team, String token, String label, String email, int place) {
        this.team = team;
        this.token = token;
        this.label = label;
        this.email = email;
        this.place = place;
    }

    void answer(Map<String, String> answers, Instant now) {
        this.answers = Map.copyOf(answers);
        this.answeredAt = now;
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    public boolean hasAnswered() {
        return answers != null;
    }

    public Long getId() {
        return id;
    }

    public TeamAssessment getTeam() {
        return team;
    }

    public String getToken() {
        return token;
    }

    public String getLabel() {
        return label;
    }

    public String getEmail() {
        return email;
    }

    public int getPlace() {
        return place;
    }

    /** Question key to option key; null until the member answers. */
    public Map<String, String> getAnswers() {
        return answers;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
