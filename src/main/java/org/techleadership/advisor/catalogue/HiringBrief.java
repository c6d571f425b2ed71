package org.techleadership.advisor.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * This brief after the role's KPIs changed from before to after: a target stays with its KPI's
     * name; a KPI renamed in its place (one whose old name is gone) keeps the target it had; a KPI
     * removed takes its target with it.
     */
    public HiringBrief followingKpis(List<RoleProfile.Kpi> before, List<RoleProfile.Kpi> after) {
        Map<String, String> byName = new LinkedHashMap<>();
        firstTargets.forEach(t -> byName.putIfAbsent(t.kpi(), t.firstTarget()));
        Set<String> names = new HashSet<>();
        after.forEach(k -> names.add(k.name()));
        List<KpiTarget> kept = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            String name = after.get(i).name();
            String target = byName.get(name);
            if (target == null && i < before.size() && !names.contains(before.get(i).name())) {
                target = byName.get(before.get(i).name());
            }
            if (target != null) {
                kept.add(new KpiTarget(name, target));
            }
        }
        return new HiringBrief(reportingLine, kept, questions, redFlags, first90Days);
    }

    /** How to set a first target for one of the profile's KPIs (named as in its kpis). */
    public record KpiTarget(String kpi, String firstTarget) {}
}
