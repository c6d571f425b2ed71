package org.techleadership.advisor.scoring;

import java.util.List;

import org.techleadership.advisor.scoring.Recommendation.ProfileFit;

/**
 * What the rules say about a team: several members' answer sets for one business. The ranking is
 * the team's; the budget is the one it assumed and why; spread holds, per question, who chose what
 * and what the team result would be if everyone settled on each of the options chosen. Members are
 * named by their place in the list the recommender was given.
 */
public record TeamRecommendation(
        int catalogueVersion,
        ProfileFit primary,
        List<ProfileFit> ranking,
        Budget budget,
        List<Spread> spread) {

    /** How the team's budget was settled. */
    public enum Basis {
        /** Everyone gave the same budget. */
        AGREED,
        /** Members differ: the most cautious budget anyone gave (the option listed first). */
        MOST_CAUTIOUS,
        /** Members differ, and the organiser confirmed one of the budgets they gave. */
        CONFIRMED
    }

    /** The budget question's key, the option assumed, its label, and how it was settled; null without a budget question. */
    public record Budget(String questionKey, String optionKey, String answer, Basis basis) {}

    /**
     * One question: the options members chose (in the catalogue's order, with who chose each), the
     * share of members on the most chosen option (0–100), and, for each chosen option, the team's
     * first role if every member took it. Decisive: one of those differs from the team's first role.
     */
    public record Spread(String questionKey, String question, List<Position> positions, int agreement,
                         boolean decisive, List<Change> changes) {

        public boolean unanimous() {
            return positions.size() == 1;
        }
    }

    /** An option chosen by these members (indexes into the list given, in order). */
    public record Position(String optionKey, String answer, List<Integer> members) {}

    /** If every member took this option, primary would come first; condition is the option's what-if phrase. */
    public record Change(String optionKey, String answer, String condition, ProfileFit primary) {}
}
