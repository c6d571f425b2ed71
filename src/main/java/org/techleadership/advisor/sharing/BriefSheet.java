package org.techleadership.advisor.sharing;

import java.util.ArrayList;
import java.util.List;

import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.StoredRecommendation;
import org.techleadership.advisor.assessment.StoredRecommendation.AnsweredQuestion;
import org.techleadership.advisor.assessment.StoredRecommendation.Brief;
import org.techleadership.advisor.assessment.StoredRecommendation.KpiTarget;
import org.techleadership.advisor.assessment.StoredRecommendation.ProfileDetails;

/**
 * The hiring brief of one stored recommendation, as its page and PDF show it: of the consultant's
 * advised role when they advised another one (advised), else of the computed role, always from the
 * details frozen with it. scope: one sentence per stored answer ("Main aim: improve how the business
 * runs."); targets: every KPI of the role with how to set its first target (its description where
 * the brief gives none).
 */
public record BriefSheet(ProfileDetails role, Brief brief, boolean advised, String computedName, List<String> scope,
                         List<KpiTarget> targets) {

    /** The sheet, or null when the role's details were stored without a brief (rows made before briefs). */
    public static BriefSheet of(AssessmentResult stored) {
        StoredRecommendation view = stored.view();
        ProfileDetails role = stored.advisedProfile() != null ? stored.advisedProfile() : view.primaryProfile();
        if (role == null || role.brief() == null) {
            return null;
        }
        List<KpiTarget> targets = new ArrayList<>();
        for (StoredRecommendation.Kpi k : role.kpis()) {
            targets.add(new KpiTarget(k.name(), role.brief().firstTargets().stream().filter(t -> k.name().equals(t.kpi()))
                    .map(KpiTarget::firstTarget).findFirst().orElse(k.description())));
        }
        return new BriefSheet(role, role.brief(), stored.advisedProfile() != null, view.primaryProfile().name(),
                scope(view.answers()), List.copyOf(targets));
    }

    static List<String> scope(List<AnsweredQuestion> answers) {
        List<String> sentences = new ArrayList<>();
        for (AnsweredQuestion a : answers == null ? List.<AnsweredQuestion>of() : answers) {
            String answer = lowerFirst(a.answer().strip());
            sentences.add(a.shortLabel() + ": " + answer + (answer.endsWith(".") ? "" : "."));
        }
        return List.copyOf(sentences);
    }

    /** "Old systems" becomes "old systems" inside a sentence; "AI tools" and "1–10 people" stay as they are. */
    static String lowerFirst(String text) {
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
