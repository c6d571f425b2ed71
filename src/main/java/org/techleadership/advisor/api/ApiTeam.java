package org.techleadership.advisor.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.techleadership.advisor.team.TeamAssessment;
import org.techleadership.advisor.team.TeamResult;

/**
 * A team assessment as GET /api/v1/teams/{token} gives it: its members and their own
 * recommendations, the team's recommendation (null until two have answered), the budget it
 * assumed, and the questions members differ on, decisive ones first, with what each option would
 * make the team's first role. Questions everyone answered alike are listed under "agreed".
 */
public record ApiTeam(String name, String shareUrl, boolean closed, List<Member> members, int answered,
                      TeamRecommendation recommendation, String assumedBudget, String budgetBasis,
                      List<Disagreement> disagreements, List<Agreed> agreed) {

    /** status: WAITING or ANSWERED; recommendation: the member's own (null while waiting). */
    public record Member(String label, String status, ApiRecommendation.Body recommendation) {}

    public record TeamRecommendation(ApiRecommendation.Fit primary, List<ApiRecommendation.Fit> ranking) {}

    /** positions: option key to the labels of the members who chose it; agreement: 0–100, the share on the most chosen option. */
    public record Disagreement(String question, Map<String, List<String>> positions, int agreement, boolean decisive,
                               List<Change> changes) {}

    /** If every member took this option, primary would be the team's first role. */
    public record Change(String option, ApiRecommendation.Fit primary, String text) {}

    public record Agreed(String question, String option) {}

    /** The body of POST /api/v1/teams: the organiser's token, the share link, and each member's own token and link. */
    public record Created(String token, String shareUrl, List<CreatedMember> members) {}

    public record CreatedMember(String label, String token, String answerUrl) {}

    static ApiTeam of(TeamAssessment team, List<TeamResult.Member> own, TeamResult result, String shareUrl) {
        List<Member> members = own.stream().map(m -> new Member(m.label(), m.answered() ? "ANSWERED" : "WAITING",
                m.recommendation() == null ? null : ApiRecommendation.body(m.recommendation()))).toList();
        int answered = (int) own.stream().filter(TeamResult.Member::answered).count();
        if (result == null) {
            return new ApiTeam(team.getName(), shareUrl, team.isClosed(), members, answered, null,
                    null, null, List.of(), List.of());
        }
        List<Disagreement> disagreements = result.questions().stream().filter(q -> !q.unanimous()).map(q -> {
            Map<String, List<String>> positions = new LinkedHashMap<>();
            q.positions().forEach(p -> positions.put(p.optionKey(), p.members()));
            return new Disagreement(q.key(), positions, q.agreement(), q.decisive(), q.changes().stream()
                    .map(c -> new Change(c.optionKey(), ApiRecommendation.fit(c.primary()), c.sentence())).toList());
        }).toList();
        List<Agreed> agreed = result.questions().stream().filter(TeamResult.QuestionSpread::unanimous)
                .map(q -> new Agreed(q.key(), q.positions().get(0).optionKey())).toList();
        return new ApiTeam(team.getName(), shareUrl, team.isClosed(), members, answered,
                new TeamRecommendation(ApiRecommendation.fit(result.primary()),
                        result.ranking().stream().map(ApiRecommendation::fit).toList()),
                result.budget() == null ? null : result.budget().optionKey(),
                result.budget() == null ? null : result.budget().basis(), disagreements, agreed);
    }
}
