package org.techleadership.advisor.assessment;

/** An assessment with its stored recommendation and who prepared it, as pages and the API read it. */
public record AssessmentResult(Assessment assessment, StoredRecommendation view, PreparedBy preparedBy) {

    /** The consultant (and practice) whose client this is; null practice when none is set. */
    public record PreparedBy(String name, String practice) {}

    /** The consultant's own recommendation, shown beside the computed one and never mixed with it. */
    public record Advice(String code, String name, String shortName, String reason) {}

    public Advice advice() {
        String code = assessment.getAdviceCode();
        if (code == null) {
            return null;
        }
        StoredRecommendation.Fit profile = view.recommendation().ranking().stream()
                .filter(f -> f.code().equals(code)).findFirst().orElse(null);
        return new Advice(code, profile == null ? code : profile.name(), profile == null ? code : profile.shortName(),
                assessment.getAdviceReason());
    }
}
