package org.techleadership.advisor.scoring;

import java.util.List;

/**
 * What the rules say about one answer set: every profile's fit, the reasons for and against the
 * winner, how it differs from the runner-up, and which single changed answers would put another
 * profile first.
 */
public record Recommendation(
        int catalogueVersion,
        ProfileFit primary,
        List<ProfileFit> ranking,
        List<Reason> reasonsFor,
        List<Reason> reasonsAgainst,
        RunnerUp runnerUp,
        List<WhatIf> whatIf,
        CloseCall closeCall) {

    /**
     * The top two are within {@link Recommender#CLOSE_CALL_MARGIN} fit points: a close call, not a
     * clear verdict; null when the winner is clear. tie: their totals were equal and the catalogue's
     * order put the lighter engagement first. deciding: the one or two questions whose answer decides
     * between them (a single change that puts the runner-up first, else the widest difference).
     */
    public record CloseCall(boolean tie, List<String> deciding) {}

    /** A profile's place: fit 0–100 on a scale common to all profiles; excluded ones are ruled out. */
    public record ProfileFit(String code, String name, String shortName, int fit, boolean excluded,
                             String excludedBecause) {}

    /** One answer that moved the winner, by the rule's weight, with the rule's own explanation. */
    public record Reason(String questionKey, String question, String optionKey, String answer, int weight,
                         String text) {}

    /** The second profile, how far behind it is, and the answers that separate the two. */
    public record RunnerUp(ProfileFit profile, int gap, List<Difference> differences) {}

    /** An answer that favours one of the two by some points; text is that profile's own reason. */
    public record Difference(String questionKey, String question, String answer, String favoursCode,
                             String favours, int points, String text) {}

    /**
     * Changing one answer to another option would put a different profile first. condition is the
     * option's own what-if phrase ("you had a budget for a full-time executive"); pages word the sentence.
     */
    public record WhatIf(String questionKey, String question, String optionKey, String answer, String condition,
                         ProfileFit primary) {}
}
