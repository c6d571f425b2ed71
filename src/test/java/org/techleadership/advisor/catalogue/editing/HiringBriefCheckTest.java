package org.techleadership.advisor.catalogue.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.techleadership.advisor.catalogue.HiringBrief;
import org.techleadership.advisor.catalogue.RoleProfile;

/** What the catalogue refuses in a hiring brief, field by field. */
class HiringBriefCheckTest {

    static final List<String> EIGHT = List.of("1?", "2?", "3?", "4?", "5?", "6?", "7?", "8?");
    static final RoleProfile ROLE = new RoleProfile("CIO", "CIO", "CIO", "s", "f", "INWARD", "m", "e", "t", "c",
            0, 0, List.of("r"), List.of(new RoleProfile.Kpi("IT ROI", "d"), new RoleProfile.Kpi("MTTR", "d")),
            List.of(new RoleProfile.NextStep("h", "t")));

    static HiringBrief brief(String line, List<HiringBrief.KpiTarget> targets, List<String> questions,
                             List<String> flags, List<String> days) {
        return new HiringBrief(line, targets, questions, flags, days);
    }

    static final List<HiringBrief.KpiTarget> TARGETS = List.of(new HiringBrief.KpiTarget("IT ROI", "x"),
            new HiringBrief.KpiTarget("MTTR", "y"));

    private static List<String> fields(HiringBrief b) {
        return HiringBriefCheck.problems(ROLE.withBrief(b)).stream().map(HiringBriefCheck.Problem::field).toList();
    }

    @Test
    void aCompleteBriefAndNoBriefPass() {
        assertThat(fields(brief("CEO", TARGETS, EIGHT, List.of("f"), List.of("d")))).isEmpty();
        assertThat(HiringBriefCheck.problems(ROLE)).isEmpty();
    }

    @Test
    void exactlyEightQuestions() {
        assertThat(fields(brief("CEO", TARGETS, EIGHT.subList(0, 7), List.of("f"), List.of("d")))).containsExactly("questions");
        List<String> nine = new ArrayList<>(EIGHT);
        nine.add("9?");
        assertThat(fields(brief("CEO", TARGETS, nine, List.of("f"), List.of("d")))).containsExactly("questions");
    }

    @Test
    void theReportingLineIsNeitherBlankNorTooLong() {
        assertThat(fields(brief(" ", TARGETS, EIGHT, List.of("f"), List.of("d")))).containsExactly("reportingLine");
        assertThat(fields(brief("x".repeat(301), TARGETS, EIGHT, List.of("f"), List.of("d")))).containsExactly("reportingLine");
    }

    @Test
    void firstTargetsNameTheRolesKpisOnceEach() {
        assertThat(fields(brief("CEO", List.of(new HiringBrief.KpiTarget("Uptime", "x")), EIGHT, List.of("f"),
                List.of("d")))).containsExactly("targets[0]");
        assertThat(fields(brief("CEO", List.of(TARGETS.get(0), TARGETS.get(0)), EIGHT, List.of("f"), List.of("d"))))
                .containsExactly("targets[1]");
        assertThat(fields(brief("CEO", List.of(TARGETS.get(0), new HiringBrief.KpiTarget("MTTR", "x".repeat(401))),
                EIGHT, List.of("f"), List.of("d")))).containsExactly("targets[1]");
        // a KPI without a target passes: a role's new KPI would otherwise be refused before its target could be set
        assertThat(fields(brief("CEO", TARGETS.subList(0, 1), EIGHT, List.of("f"), List.of("d")))).isEmpty();
    }

    @Test
    void redFlagsAndTheFirst90DaysAreBoundedInNumberAndLength() {
        assertThat(fields(brief("CEO", TARGETS, EIGHT, List.of(), List.of("d")))).containsExactly("redFlags");
        assertThat(fields(brief("CEO", TARGETS, EIGHT, java.util.Collections.nCopies(9, "f"), List.of("d"))))
                .containsExactly("redFlags");
        assertThat(fields(brief("CEO", TARGETS, EIGHT, List.of("x".repeat(301)), List.of("d")))).containsExactly("redFlags");
        assertThat(fields(brief("CEO", TARGETS, EIGHT, List.of("f"), List.of()))).containsExactly("first90Days");
        assertThat(fields(brief("CEO", TARGETS, EIGHT, List.of("f"), java.util.Collections.nCopies(7, "d"))))
                .containsExactly("first90Days");
        assertThat(fields(brief("CEO", TARGETS, EIGHT, List.of("f"), List.of("x".repeat(401))))).containsExactly("first90Days");
    }

    @Test
    void targetsFollowRenamedKpisAndLeaveWithRemovedOnes() {
        HiringBrief b = brief("CEO", TARGETS, EIGHT, List.of("f"), List.of("d"));
        List<RoleProfile.Kpi> renamed = List.of(new RoleProfile.Kpi("Return on IT", "d"), new RoleProfile.Kpi("MTTR", "d"),
                new RoleProfile.Kpi("New one", "d"));
        assertThat(b.followingKpis(ROLE.kpis(), renamed).firstTargets()).containsExactly(
                new HiringBrief.KpiTarget("Return on IT", "x"), new HiringBrief.KpiTarget("MTTR", "y"));
        assertThat(b.followingKpis(ROLE.kpis(), List.of(new RoleProfile.Kpi("MTTR", "d"))).firstTargets())
                .containsExactly(new HiringBrief.KpiTarget("MTTR", "y"));
    }
}
