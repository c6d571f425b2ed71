package org.techleadership.advisor.assessment;

import java.util.List;

/**
 * Everything the result page, the share page, the PDF and the API show of one assessment, frozen
 * when it is made and stored with it as JSON, so a later catalogue edit never changes what a link
 * showed. This is a stored schema: its field names are in every assessment ever made. Add fields
 * only (old rows read them as null), and raise {@link #CURRENT_SCHEMA} when a reader must tell
 * old rows from new. Rows written before the field existed read {@code schema} as null: schema 1.
 * It is mapped from the scoring core's records by one builder, so the core can change freely.
 */
public record StoredRecommendation(
        Integer schema,
        Result recommendation,
        ProfileDetails primaryProfile,
        List<AnsweredQuestion> answers,
        AnswerMap map,
        List<Warning> warnings) {

    /** 2: close calls are said (a null closeCall is a clear winner); rows of schema 1 did not say them. */
    public static final int CURRENT_SCHEMA = 2;

    public int schemaVersion() {
        return schema == null ? 1 : schema;
    }

    /** The answers a warning names, as they were given, in the warning's order. */
    public List<AnsweredQuestion> answersTo(Warning warning) {
        return warning.questions().stream().flatMap(key -> answers.stream().filter(a -> a.key().equals(key)).limit(1))
                .toList();
    }

    /** Every profile's fit, the reasons for and against the winner, the runner-up and the what-ifs. */
    public record Result(int catalogueVersion, Fit primary, List<Fit> ranking, List<Reason> reasonsFor,
                         List<Reason> reasonsAgainst, RunnerUp runnerUp, List<WhatIf> whatIf, CloseCall closeCall) {

        /** The fit points between the first two (one scale with the fits); 0 when the second was ruled out. */
        public int fitGap() {
            return runnerUp.profile().excluded() ? 0 : primary.fit() - runnerUp.profile().fit();
        }
    }

    /**
     * The first two were within the close-call margin (null: a clear winner, and in rows made before
     * close calls were said). tie: equal totals, the lighter engagement listed first; deciding: the
     * one or two questions whose answer decides between them, with the answer given.
     */
    public record CloseCall(boolean tie, List<Deciding> deciding) {}

    public record Deciding(String questionKey, String question, String answer) {}

    /** A profile's place: fit 0–100 on a scale common to all profiles; excluded ones are ruled out. */
    public record Fit(String code, String name, String shortName, int fit, boolean excluded, String excludedBecause) {}

    public record Reason(String questionKey, String question, String optionKey, String answer, int weight,
                         String text) {}

    public record RunnerUp(Fit profile, int gap, List<Difference> differences) {}

    public record Difference(String questionKey, String question, String answer, String favoursCode,
                             String favours, int points, String text) {}

    /** text is the sentence as it was shown ("If ..., vCIO would come first."). */
    public record WhatIf(String questionKey, String question, String optionKey, String answer, Fit primary,
                         String text) {}

    /**
     * costs and brief: the published cost ranges and the hiring brief as the catalogue had them on the
     * day (null in rows stored before they were kept, and for a role the catalogue had none for).
     */
    public record ProfileDetails(String code, String name, String shortName, String summary, String focus,
                                 String looks, String measuredOn, String engagement, String timeCommitment,
                                 String chooseIf, List<String> responsibilities, List<Kpi> kpis,
                                 List<NextStep> nextSteps, List<Cost> costs, Brief brief) {

        public ProfileDetails(String code, String name, String shortName, String summary, String focus,
                              String looks, String measuredOn, String engagement, String timeCommitment,
                              String chooseIf, List<String> responsibilities, List<Kpi> kpis,
                              List<NextStep> nextSteps) {
            this(code, name, shortName, summary, focus, looks, measuredOn, engagement, timeCommitment, chooseIf,
                    responsibilities, kpis, nextSteps, null, null);
        }

        /** The range kept for this region, or null (also when no costs were kept). */
        public Cost costIn(String region) {
            return costs == null ? null : costs.stream().filter(c -> c.region().equals(region)).findFirst().orElse(null);
        }

        /** The ranges kept for the other regions, in the catalogue's order. */
        public List<Cost> costsBesides(String region) {
            return costs == null ? List.of() : costs.stream().filter(c -> !c.region().equals(region)).toList();
        }
    }

    /** A published range for one region, with the keys of its sources (the catalogue's CostRange, as stored). */
    public record Cost(String region, String currency, String basis, int low, int high, String unit,
                       String timeToStart, int year, List<String> sources, String note) {

        /** "£3,000 to £16,000", or one amount when low and high are the same. */
        public String amounts() {
            return org.techleadership.advisor.catalogue.Money.range(currency, low, high);
        }
    }

    /** The hiring brief of a role as stored (the catalogue's HiringBrief). */
    public record Brief(String reportingLine, List<KpiTarget> firstTargets, List<String> questions,
                        List<String> redFlags, List<String> first90Days) {}

    public record KpiTarget(String kpi, String firstTarget) {}

    /**
     * Answers that rarely go together, pointed out with the result (null in rows stored before they
     * were checked): the question keys and labels involved, and the message as shown.
     */
    public record Warning(List<String> questions, List<String> labels, String message) {}

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
