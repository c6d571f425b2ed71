package org.techleadership.advisor.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An answer that moves a profile by a weight (or rules it out), with the reason shown to the user. */
@Entity
@Table(name = "scoring_rule")
public class ScoringRule {

    @Id
    private Long id;
    private String questionKey;
    private String optionKey;
    private String profileCode;
    private int weight;
    private boolean excludes;
    private String reason;

    protected ScoringRule() {
    }

    public Long getId() { return id; }
    public String getQuestionKey() { return questionKey; }
    public String getOptionKey() { return optionKey; }
    public String getProfileCode() { return profileCode; }
    public int getWeight() { return weight; }
    public boolean isExcludes() { return excludes; }
    public String getReason() { return reason; }
}
