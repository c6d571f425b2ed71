package org.techleadership.advisor.admin;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.techleadership.advisor.catalogue.HiringBrief;
import org.techleadership.advisor.catalogue.RoleProfile;

/**
 * A role's hiring brief as typed: one first target per KPI of the role (kpis[i] names the KPI of
 * targets[i]), and the lists one item a line. What is wrong is HiringBriefCheck's to say.
 */
class BriefForm {

    private String reportingLine;
    private List<String> kpis = new ArrayList<>();
    private List<String> targets = new ArrayList<>();
    // whole-field caps before any line is read: a few lines of at most a few hundred characters each
    @Size(max = 4000, message = "{cat.brief.tooLong}")
    private String questions;
    @Size(max = 4000, message = "{cat.brief.tooLong}")
    private String redFlags;
    @Size(max = 4000, message = "{cat.brief.tooLong}")
    private String first90Days;

    /** The role's brief, or an empty one with a row for each KPI when it has none yet. */
    static BriefForm of(RoleProfile role) {
        BriefForm form = new BriefForm();
        HiringBrief brief = role.brief();
        form.reportingLine = brief == null ? "" : brief.reportingLine();
        for (RoleProfile.Kpi k : role.kpis()) {
            form.kpis.add(k.name());
            form.targets.add(brief == null ? "" : brief.firstTargets().stream().filter(t -> t.kpi().equals(k.name()))
                    .map(HiringBrief.KpiTarget::firstTarget).findFirst().orElse(""));
        }
        form.questions = brief == null ? "" : String.join("\n", brief.questions());
        form.redFlags = brief == null ? "" : String.join("\n", brief.redFlags());
        form.first90Days = brief == null ? "" : String.join("\n", brief.first90Days());
        return form;
    }

    /** The brief as typed; an empty target keeps its row, so the check names it next to its field. */
    HiringBrief toBrief() {
        List<HiringBrief.KpiTarget> pairs = new ArrayList<>();
        for (int i = 0; i < kpis.size(); i++) {
            pairs.add(new HiringBrief.KpiTarget(kpis.get(i), i < targets.size() ? strip(targets.get(i)) : ""));
        }
        return new HiringBrief(strip(reportingLine), pairs, lines(questions), lines(redFlags), lines(first90Days));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public String getReportingLine() { return reportingLine; }
    public void setReportingLine(String reportingLine) { this.reportingLine = reportingLine; }
    public List<String> getKpis() { return kpis; }
    public void setKpis(List<String> kpis) { this.kpis = kpis; }
    public List<String> getTargets() { return targets; }
    public void setTargets(List<String> targets) { this.targets = targets; }
    public String getQuestions() { return questions; }
    public void setQuestions(String questions) { this.questions = questions; }
    public String getRedFlags() { return redFlags; }
    public void setRedFlags(String redFlags) { this.redFlags = redFlags; }
    public String getFirst90Days() { return first90Days; }
    public void setFirst90Days(String first90Days) { this.first90Days = first90Days; }
}
