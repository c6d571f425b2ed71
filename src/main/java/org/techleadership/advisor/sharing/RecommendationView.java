package org.techleadership.advisor.sharing;

import java.util.List;

import org.techleadership.advisor.scoring.Recommendation;

/**
 * Everything the result page, the share page and the PDF show, frozen when the assessment is made
 * and stored with it: a later catalogue edit never changes what a link showed.
 */
public record RecommendationView(
        Recommendation recommendation,
        ProfileDetails primaryProfile,
        List<AnsweredQuestion> answers,
        AnswerMap map) {

    public record ProfileDetails(String code, String name, String shortName, String summary, String focus,
                                 String looks, String measuredOn, String engagement, String timeCommitment,
                                 String chooseIf, List<String> responsibilities, List<Kpi> kpis,
                                 List<NextStep> nextSteps) {}

    public record Kpi(String name, String description) {}

    public record NextStep(String horizon, String text) {}

    public record AnsweredQuestion(String key, String question, String shortLabel, String optionKey,
                                   String answer) {}

    /**
     * The two axes of the seeds: x from -100 (looks inward) to 100 (looks outward), y from 0 (on
     * demand) to 100 (full-time in-house). "you" is where the answers sit, roles where each role sits.
     */
    public record AnswerMap(Point you, List<RolePoint> roles) {}

    public record Point(int x, int y) {}

    public record RolePoint(String code, String shortName, int x, int y, boolean recommended) {}
}
