package org.techleadership.advisor.catalogue;

import java.util.List;

/**
 * What a business sends to candidates or providers for one role: the reporting line, how to set a
 * first target for each KPI, questions to ask them, red flags and the first 90 days. The scope
 * comes from the answers, the time commitment and KPIs from the profile.
 */
public record HiringBrief(String reportingLine, List<KpiTarget> firstTargets, List<String> questions,
                          List<String> redFlags, List<String> first90Days) {

    public HiringBrief {
        firstTargets = firstTargets == null ? List.of() : List.copyOf(firstTargets);
        questions = questions == null ? List.of() : List.copyOf(questions);
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        first90Days = first90Days == null ? List.of() : List.copyOf(first90Days);
    }

    /** How to set a first target for one of the profile's KPIs (named as in its kpis). */
    public record KpiTarget(String kpi, String firstTarget) {}
}
