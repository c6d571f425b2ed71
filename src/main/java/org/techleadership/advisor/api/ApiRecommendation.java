package org.techleadership.advisor.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.techleadership.advisor.assessment.StoredRecommendation;
import org.techleadership.advisor.assessment.AssessmentResult;

/** The JSON body of an assessment, as PRODUCT.md fixes it (v1). */
public record ApiRecommendation(String token, String shareUrl, String clientLabel, String createdAt,
                                int catalogueVersion, Body recommendation) {

    /**
     * closeCall: the first two are within the close-call margin (docs/scoring.md), so read both;
     * tie: their totals were equal and the tie rule put the first one first; decidedBy: the questions
     * whose answer decides between them (empty when not a close call).
     */
    public record Body(Fit primary,
                       @Schema(description = "Every role of the assessment's catalogue version, best fit first: ten"
                               + " from catalogue version 2 on (INTERIM_CIO and INTERIM_CTO were added), eight in"
                               + " assessments scored with version 1. Role codes are only ever added.")
                       List<Fit> ranking, List<Reason> reasons, RunnerUp runnerUp,
                       List<WhatIf> whatIf,
                       // left out for assessments stored before close calls were said: they claimed none
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean closeCall,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean tie,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<String> decidedBy,
                       @Schema(description = "Answers that rarely go together, pointed out and never scored: each names "
                               + "the question keys involved and says what to check. An empty array when none apply; "
                               + "left out for assessments stored before answers were checked")
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<Warning> warnings) {}

    /** questions: the keys of the answers that rarely go together; message: what to check, as shown on the page. */
    public record Warning(List<String> questions, String message) {}

    public record Fit(@Schema(description = "The role's code, today one of VCIO, VCTO, FRACTIONAL_CIO, FRACTIONAL_CTO,"
                              + " COMBINED, INTERIM_CIO, INTERIM_CTO, CIO, CTO, CIO_AND_CTO. Codes are only ever added"
                              + " (INTERIM_CIO and INTERIM_CTO came with catalogue version 2), so accept unknown ones.",
                              example = "INTERIM_CIO")
                      String code, String name, int fit, boolean excluded, String excludedBecause) {}

    /** direction is "for" (pushed the primary up) or "against" (held it back). */
    public record Reason(String direction, String question, String answer, int weight, String text) {}

    public record RunnerUp(Fit profile, int gap) {}

    public record WhatIf(String question, String answer, Fit primary, String text) {}

    static ApiRecommendation of(AssessmentResult stored, String shareUrl) {
        return new ApiRecommendation(stored.assessment().getToken(), shareUrl, stored.assessment().getClientLabel(),
                stored.assessment().getCreatedAt().toString(), stored.assessment().getCatalogueVersion(),
                body(stored.view().recommendation(), stored.view().schemaVersion() >= 2, stored.view().warnings()));
    }

    /** The "recommendation" object of one answer set just scored (a team member's own), with its warnings. */
    static Body body(StoredRecommendation own) {
        return body(own.recommendation(), true, own.warnings());
    }

    /** The "recommendation" object of a result kept without its warnings (a team's members): none said. */
    static Body body(StoredRecommendation.Result r) {
        return body(r, true, null);
    }

    /**
     * The "recommendation" object of one answer set, as an assessment's; saysCloseCalls: its row is of
     * schema 2 or later; warnings: null in rows stored before answers were checked, and left out then.
     */
    static Body body(StoredRecommendation.Result r, boolean saysCloseCalls, List<StoredRecommendation.Warning> warnings) {
        List<Reason> reasons = new ArrayList<>();
        r.reasonsFor().forEach(x -> reasons.add(new Reason("for", x.questionKey(), x.optionKey(), x.weight(), x.text())));
        r.reasonsAgainst().forEach(x -> reasons.add(new Reason("against", x.questionKey(), x.optionKey(), x.weight(),
                x.text())));
        Body body = new Body(fit(r.primary()), r.ranking().stream().map(ApiRecommendation::fit).toList(), reasons,
                new RunnerUp(fit(r.runnerUp().profile()), r.runnerUp().gap()),
                r.whatIf().stream().map(w -> new WhatIf(w.questionKey(), w.optionKey(), fit(w.primary()), w.text()))
                        .toList(), saysCloseCalls ? r.closeCall() != null : null,
                saysCloseCalls ? r.closeCall() != null && r.closeCall().tie() : null,
                !saysCloseCalls ? null : r.closeCall() == null ? List.of() : r.closeCall().deciding().stream()
                        .map(StoredRecommendation.Deciding::questionKey).toList(),
                warnings == null ? null : warnings.stream().map(w -> new Warning(w.questions(), w.message())).toList());
        return body;
    }

    static Fit fit(StoredRecommendation.Fit f) {
        return new Fit(f.code(), f.name(), f.fit(), f.excluded(), f.excludedBecause());
    }
}
