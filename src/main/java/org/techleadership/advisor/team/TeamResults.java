package org.techleadership.advisor.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.techleadership.advisor.assessment.Recommendations;
import org.techleadership.advisor.assessment.StoredRecommendation;
import org.techleadership.advisor.assessment.StoredRecommendation.Fit;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.scoring.Recommendation.ProfileFit;
import org.techleadership.advisor.scoring.TeamRecommendation;
import org.techleadership.advisor.scoring.TeamRecommender;

/**
 * Turns a team's answers into its result: the scoring core's team rule, mapped to the stored
 * schema with its sentences worded (from messages.properties, in English, as stored results are).
 */
@Component
class TeamResults {

    /** The budget question of PRODUCT.md's contract: the team rule settles it first. */
    static final String BUDGET = "budget";
    private static final Locale STORED = Locale.ROOT;

    private final Recommendations recommendations;
    private final MessageSource messages;

    TeamResults(Recommendations recommendations, MessageSource messages) {
        this.recommendations = recommendations;
        this.messages = messages;
    }

    /** Whether these stored answers still answer every question of this catalogue. */
    static boolean complete(Catalogue catalogue, Map<String, String> answers) {
        return answers != null && catalogue.questions().stream()
                .allMatch(q -> q.option(answers.get(q.key())) != null);
    }

    /** Each member with their own recommendation, or none while their answers do not answer this catalogue. */
    List<TeamResult.Member> members(Catalogue catalogue, TeamAssessment team) {
        return team.getMembers().stream().map(member -> complete(catalogue, member.getAnswers())
                ? new TeamResult.Member(member.getLabel(), true,
                        recommendations.of(catalogue, new Answers(member.getAnswers())).recommendation())
                : new TeamResult.Member(member.getLabel(), false, null)).toList();
    }

    /** The result for the members who have answered; empty until at least two have. */
    Optional<TeamResult> of(Catalogue catalogue, TeamAssessment team) {
        List<TeamResult.Member> members = members(catalogue, team);
        List<Answers> answered = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (TeamMember member : team.getMembers()) {
            if (complete(catalogue, member.getAnswers())) {
                answered.add(new Answers(member.getAnswers()));
                labels.add(member.getLabel());
            }
        }
        if (answered.size() < TeamAssessment.MIN_MEMBERS) {
            return Optional.empty();
        }
        TeamRecommendation r = TeamRecommender.recommend(catalogue.scoringModel(), answered, BUDGET,
                team.getConfirmedBudget());
        List<TeamResult.QuestionSpread> questions = new ArrayList<>();
        for (TeamRecommendation.Spread s : r.spread()) {
            Question question = catalogue.question(s.questionKey());
            questions.add(new TeamResult.QuestionSpread(s.questionKey(), question.prompt(), question.shortLabel(),
                    s.positions().stream().map(p -> new TeamResult.Position(p.optionKey(), p.answer(),
                            p.members().stream().map(labels::get).toList())).toList(),
                    s.agreement(), s.decisive(),
                    s.changes().stream().map(c -> new TeamResult.Change(c.optionKey(), c.answer(), fit(c.primary()),
                            text(c.primary().code().equals(r.primary().code()) ? "team.change.stays"
                                    : "team.change.sentence", c.answer(), c.primary().shortName()))).toList()));
        }
        return Optional.of(new TeamResult(TeamResult.CURRENT_SCHEMA, r.catalogueVersion(), team.getName(),
                answered.size(), fit(r.primary()), r.ranking().stream().map(TeamResults::fit).toList(),
                budget(catalogue, r, answered), List.copyOf(members), List.copyOf(questions),
                recommendations.profile(catalogue, r.primary().code())));
    }

    private TeamResult.Budget budget(Catalogue catalogue, TeamRecommendation r, List<Answers> answered) {
        TeamRecommendation.Budget budget = r.budget();
        if (budget == null) {
            return null;
        }
        Question question = catalogue.question(budget.questionKey());
        List<TeamResult.Given> given = question.options().stream()
                .filter(o -> answered.stream().anyMatch(a -> o.key().equals(a.get(budget.questionKey()))))
                .map(o -> new TeamResult.Given(o.key(), o.label())).toList();
        return new TeamResult.Budget(budget.questionKey(), budget.optionKey(), budget.answer(), budget.basis().name(),
                given, text("team.budget." + budget.basis().name(), budget.answer()));
    }

    private static Fit fit(ProfileFit f) {
        return new Fit(f.code(), f.name(), f.shortName(), f.fit(), f.excluded(), f.excludedBecause());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, STORED);
    }
}
