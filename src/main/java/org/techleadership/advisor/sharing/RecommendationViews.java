package org.techleadership.advisor.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.scoring.Recommendation;
import org.techleadership.advisor.scoring.Recommender;
import org.techleadership.advisor.sharing.RecommendationView.AnswerMap;
import org.techleadership.advisor.sharing.RecommendationView.AnsweredQuestion;
import org.techleadership.advisor.sharing.RecommendationView.Kpi;
import org.techleadership.advisor.sharing.RecommendationView.NextStep;
import org.techleadership.advisor.sharing.RecommendationView.Point;
import org.techleadership.advisor.sharing.RecommendationView.ProfileDetails;
import org.techleadership.advisor.sharing.RecommendationView.RolePoint;

/** The one place that turns answers into the view every page and the API show. */
@Component
public class RecommendationViews {

    public RecommendationView build(Catalogue catalogue, Answers answers) {
        Recommendation recommendation = Recommender.recommend(catalogue.scoringModel(), answers);
        RoleProfile primary = catalogue.profile(recommendation.primary().code());
        return new RecommendationView(recommendation, details(primary), answered(catalogue, answers),
                map(catalogue, answers, primary.getCode()));
    }

    private static ProfileDetails details(RoleProfile p) {
        return new ProfileDetails(p.getCode(), p.getName(), p.getShortName(), p.getSummary(), p.getFocus(),
                p.getLooks(), p.getMeasuredOn(), p.getEngagement(), p.getTimeCommitment(), p.getChooseIf(),
                List.copyOf(p.getResponsibilities()),
                p.getKpis().stream().map(k -> new Kpi(k.name(), k.description())).toList(),
                p.getNextSteps().stream().map(s -> new NextStep(s.horizon(), s.text())).toList());
    }

    private static List<AnsweredQuestion> answered(Catalogue catalogue, Answers answers) {
        List<AnsweredQuestion> answered = new ArrayList<>();
        for (Question q : catalogue.questions()) {
            Question.AnswerOption option = q.option(answers.get(q.getKey()));
            answered.add(new AnsweredQuestion(q.getKey(), q.getPrompt(), q.getShortLabel(), option.key(),
                    option.label()));
        }
        return List.copyOf(answered);
    }

    private static AnswerMap map(Catalogue catalogue, Answers answers, String recommended) {
        List<Integer> outward = new ArrayList<>();
        List<Integer> fullTime = new ArrayList<>();
        for (Question q : catalogue.questions()) {
            Question.AnswerOption option = q.option(answers.get(q.getKey()));
            if (option.leanOutward() != null) {
                outward.add(option.leanOutward());
            }
            if (option.leanFullTime() != null) {
                fullTime.add(option.leanFullTime());
            }
        }
        // leans run from -2 to 2: outward maps onto -100..100, full-time onto 0..100
        Point you = new Point((int) Math.round(mean(outward) * 50), (int) Math.round(50 + mean(fullTime) * 25));
        List<RolePoint> roles = catalogue.profiles().stream()
                .map(p -> new RolePoint(p.getCode(), p.getShortName(), p.getMapOutward(), p.getMapFullTime(),
                        Objects.equals(p.getCode(), recommended)))
                .toList();
        return new AnswerMap(you, roles);
    }

    private static double mean(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
