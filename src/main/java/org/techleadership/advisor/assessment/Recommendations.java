package org.techleadership.advisor.assessment;

import org.springframework.stereotype.Component;
import org.techleadership.advisor.assessment.internal.RecommendationBuilder;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.scoring.Answers;

/**
 * One person's recommendation in the stored schema, without storing it: for those who show it
 * beside others (a team's members) and freeze it in their own record.
 */
@Component
public class Recommendations {

    private final RecommendationBuilder builder;

    Recommendations(RecommendationBuilder builder) {
        this.builder = builder;
    }

    public StoredRecommendation of(Catalogue catalogue, Answers answers) {
        return builder.build(catalogue, answers);
    }

    /** A role's details as the catalogue has them now; null when it has no such role. */
    public StoredRecommendation.ProfileDetails profile(Catalogue catalogue, String code) {
        return builder.profile(catalogue, code);
    }
}
