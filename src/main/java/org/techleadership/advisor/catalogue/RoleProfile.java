package org.techleadership.advisor.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.ListIndexBase;

/** One of the eight technology-leadership roles, with everything the result and comparison pages say of it. */
@Entity
@Table(name = "role_profile")
public class RoleProfile {

    @Id
    private String code;
    private int position;
    private String name;
    private String shortName;
    private String summary;
    private String focus;
    private String looks;
    private String measuredOn;
    private String engagement;
    private String timeCommitment;
    private String chooseIf;
    private int mapOutward;
    private int mapFullTime;

    @ElementCollection
    @CollectionTable(name = "role_responsibility", joinColumns = @JoinColumn(name = "profile_code"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "text")
    private List<String> responsibilities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "role_kpi", joinColumns = @JoinColumn(name = "profile_code"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Kpi> kpis = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "role_next_step", joinColumns = @JoinColumn(name = "profile_code"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<NextStep> nextSteps = new ArrayList<>();

    protected RoleProfile() {
    }

    @Embeddable
    public record Kpi(String name, String description) {}

    @Embeddable
    public record NextStep(String horizon, String text) {}

    public String getCode() { return code; }
    public int getPosition() { return position; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public String getSummary() { return summary; }
    public String getFocus() { return focus; }
    public String getLooks() { return looks; }
    public String getMeasuredOn() { return measuredOn; }
    public String getEngagement() { return engagement; }
    public String getTimeCommitment() { return timeCommitment; }
    public String getChooseIf() { return chooseIf; }
    public int getMapOutward() { return mapOutward; }
    public int getMapFullTime() { return mapFullTime; }
    public List<String> getResponsibilities() { return responsibilities; }
    public List<Kpi> getKpis() { return kpis; }
    public List<NextStep> getNextSteps() { return nextSteps; }
}
