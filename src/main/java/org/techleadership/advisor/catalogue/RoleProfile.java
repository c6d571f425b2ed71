package org.techleadership.advisor.catalogue;

import java.util.List;

/**
 * One technology-leadership role, with everything the result and comparison pages say of it.
 * costs (published ranges by region) and brief (the hiring brief) came with catalogue version 2:
 * documents published before read them as empty and null.
 */
public record RoleProfile(String code, String name, String shortName, String summary, String focus, String looks,
                          String measuredOn, String engagement, String timeCommitment, String chooseIf,
                          int mapOutward, int mapFullTime, List<String> responsibilities, List<Kpi> kpis,
                          List<NextStep> nextSteps, List<CostRange> costs, HiringBrief brief) {

    public RoleProfile {
        costs = costs == null ? List.of() : List.copyOf(costs);
    }

    /** A role without cost figures or a hiring brief. */
    public RoleProfile(String code, String name, String shortName, String summary, String focus, String looks,
                       String measuredOn, String engagement, String timeCommitment, String chooseIf,
                       int mapOutward, int mapFullTime, List<String> responsibilities, List<Kpi> kpis,
                       List<NextStep> nextSteps) {
        this(code, name, shortName, summary, focus, looks, measuredOn, engagement, timeCommitment, chooseIf,
                mapOutward, mapFullTime, responsibilities, kpis, nextSteps, List.of(), null);
    }

    /** This role with its wording replaced and its figures and brief kept. */
    public RoleProfile withWording(RoleProfile edited) {
        return new RoleProfile(code, edited.name, edited.shortName, edited.summary, edited.focus, edited.looks,
                edited.measuredOn, edited.engagement, edited.timeCommitment, edited.chooseIf, edited.mapOutward,
                edited.mapFullTime, edited.responsibilities, edited.kpis, edited.nextSteps, costs, brief);
    }

    public RoleProfile withCosts(List<CostRange> newCosts) {
        return new RoleProfile(code, name, shortName, summary, focus, looks, measuredOn, engagement, timeCommitment,
                chooseIf, mapOutward, mapFullTime, responsibilities, kpis, nextSteps, newCosts, brief);
    }

    public RoleProfile withBrief(HiringBrief newBrief) {
        return new RoleProfile(code, name, shortName, summary, focus, looks, measuredOn, engagement, timeCommitment,
                chooseIf, mapOutward, mapFullTime, responsibilities, kpis, nextSteps, costs, newBrief);
    }

    public record Kpi(String name, String description) {}

    public record NextStep(String horizon, String text) {}
}
