package org.techleadership.advisor.catalogue.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.techleadership.advisor.catalogue.HiringBrief;
import org.techleadership.advisor.catalogue.RoleProfile;

/**
 * What is wrong with a role's hiring brief, field by field, so the admin's brief page can show each
 * problem next to its field and {@link CatalogueCheck} can refuse a document with it. A role without
 * a brief is allowed (it shows none). A KPI without a first target is allowed too, or a new KPI could
 * never be added to a role that has a brief; the brief page asks for one per KPI.
 */
public final class HiringBriefCheck {

    /** The brief asks exactly this many questions: one printed page holds them, and every role has as many. */
    public static final int QUESTIONS = 8;
    public static final int MAX_RED_FLAGS = 8;
    public static final int MAX_FIRST_90_DAYS = 6;
    public static final int MAX_REPORTING_LINE = 300;
    public static final int MAX_TARGET = 400;
    public static final int MAX_LINE = 300;
    public static final int MAX_90_DAYS_LINE = 400;

    /** field: reportingLine, targets[i] (the i-th first target), questions, redFlags or first90Days. */
    public record Problem(String field, String message) {}

    private HiringBriefCheck() {
    }

    public static List<Problem> problems(RoleProfile role) {
        HiringBrief brief = role.brief();
        List<Problem> problems = new ArrayList<>();
        if (brief == null) {
            return problems;
        }
        text(problems, "reportingLine", "The reporting line", brief.reportingLine(), MAX_REPORTING_LINE);
        Set<String> kpis = new HashSet<>();
        role.kpis().forEach(k -> kpis.add(k.name()));
        Set<String> targeted = new HashSet<>();
        for (int i = 0; i < brief.firstTargets().size(); i++) {
            HiringBrief.KpiTarget t = brief.firstTargets().get(i);
            String field = "targets[" + i + "]";
            if (t == null || t.kpi() == null || !kpis.contains(t.kpi())) {
                problems.add(new Problem(field, "A first target names “" + (t == null ? null : t.kpi())
                        + "”, which is not one of the role’s KPIs."));
            } else if (!targeted.add(t.kpi())) {
                problems.add(new Problem(field, "The KPI “" + t.kpi() + "” has more than one first target."));
            } else {
                text(problems, field, "The first target for “" + t.kpi() + "”", t.firstTarget(), MAX_TARGET);
            }
        }
        if (brief.questions().size() != QUESTIONS) {
            problems.add(new Problem("questions", "Give exactly " + QUESTIONS + " questions to ask, one a line; there are "
                    + brief.questions().size() + "."));
        }
        lines(problems, "questions", "A question", brief.questions(), MAX_LINE);
        count(problems, "redFlags", "red flags", brief.redFlags(), MAX_RED_FLAGS);
        lines(problems, "redFlags", "A red flag", brief.redFlags(), MAX_LINE);
        count(problems, "first90Days", "lines for the first 90 days", brief.first90Days(), MAX_FIRST_90_DAYS);
        lines(problems, "first90Days", "A line of the first 90 days", brief.first90Days(), MAX_90_DAYS_LINE);
        return problems;
    }

    private static void count(List<Problem> problems, String field, String what, List<String> values, int max) {
        if (values.isEmpty() || values.size() > max) {
            problems.add(new Problem(field, "Give between 1 and " + max + " " + what + ", one a line; there are "
                    + values.size() + "."));
        }
    }

    private static void lines(List<Problem> problems, String field, String what, List<String> values, int max) {
        values.stream().filter(v -> v == null || v.isBlank() || v.length() > max).findFirst().ifPresent(v ->
                text(problems, field, what, v, max));
    }

    private static void text(List<Problem> problems, String field, String what, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, what + " is empty."));
        } else if (value.length() > max) {
            problems.add(new Problem(field, what + " is longer than " + max + " characters: “"
                    + value.substring(0, 40) + "…”."));
        }
    }
}
