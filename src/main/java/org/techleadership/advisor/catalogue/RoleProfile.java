package org.techleadership.advisor.catalogue;

import java.util.List;

/** One technology-leadership role, with everything the result and comparison pages say of it. */
public record RoleProfile(String code, String name, String shortName, String summary, String focus, String looks,
                          String measuredOn, String engagement, String timeCommitment, String chooseIf,
                          int mapOutward, int mapFullTime, List<String> responsibilities, List<Kpi> kpis,
                          List<NextStep> nextSteps) {

    public record Kpi(String name, String description) {}

    public record NextStep(String horizon, String text) {}
}
