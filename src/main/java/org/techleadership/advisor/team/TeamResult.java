package org.techleadership.advisor.team;

import java.util.List;

import org.techleadership.advisor.assessment.StoredRecommendation;
import org.techleadership.advisor.assessment.StoredRecommendation.Fit;

/**
 * Everything the team pages, the PDF and the API show of a team's result. A closed round keeps it
 * as JSON, so a later catalogue edit never changes what its links show: this is a stored schema
 * (add fields only). Sentences are worded when it is made, in English, as they were shown.
 */
public record TeamResult(
        Integer schema,
        int catalogueVersion,
        String name,
        int answered,
        Fit primary,
        List<Fit> ranking,
        Budget budget,
        List<Member> members,
        List<QuestionSpread> questions,
        StoredRecommendation.ProfileDetails primaryProfile) {

    public static final int CURRENT_SCHEMA = 1;

    /**
     * The budget the team result assumed: basis is AGREED, MOST_CAUTIOUS or CONFIRMED; given lists
     * every budget a member gave (option keys, the catalogue's order) with its label.
     */
    public record Budget(String questionKey, String optionKey, String answer, String basis, List<Given> given,
                         String sentence) {

        public boolean disputed() {
            return given.size() > 1;
        }
    }

    public record Given(String optionKey, String answer) {}

    /** A member as the result saw them: their own recommendation, or none while they have not answered. */
    public record Member(String label, boolean answered, StoredRecommendation.Result recommendation) {}

    /**
     * One question: who chose what, the share of members on the most chosen option (0–100), whether
     * settling it could change the team's first role, and what each chosen option would make it.
     */
    public record QuestionSpread(String key, String question, String shortLabel, List<Position> positions,
                                 int agreement, boolean decisive, List<Change> changes) {

        public boolean unanimous() {
            return positions.size() == 1;
        }
    }

    public record Position(String optionKey, String answer, List<String> members) {}

    /** sentence: "If the team settles on “…”, Fractional CTO would come first." (or "stays first"). */
    public record Change(String optionKey, String answer, Fit primary, String sentence) {}

    /** The one-person verdict's close call; a team's result says its decisive disagreements instead. */
    public StoredRecommendation.CloseCall closeCall() {
        return null;
    }

    /** The decisive disagreements: what the team's meeting should settle, in order. */
    public List<QuestionSpread> agenda() {
        return questions.stream().filter(QuestionSpread::decisive).toList();
    }
}
