package org.techleadership.advisor.assessment;

/**
 * An assessment with its stored recommendation and who prepared it, as pages and the API read it.
 * advisedProfile is the consultant's advised role in full, as it was when advised: only when the
 * advice names another role than the computed one (and was saved since such details were kept).
 */
public record AssessmentResult(Assessment assessment, StoredRecommendation view, PreparedBy preparedBy,
                               StoredRecommendation.ProfileDetails advisedProfile) {

    public AssessmentResult(Assessment assessment, StoredRecommendation view, PreparedBy preparedBy) {
        this(assessment, view, preparedBy, null);
    }

    /** The consultant (and practice) whose client this is; null practice when none is set. */
    public record PreparedBy(String name, String practice) {}

    /**
     * The consultant's own recommendation, shown beside the computed one and never mixed with it;
     * agrees when it names the computed role.
     */
    public record Advice(String code, String name, String shortName, String reason, boolean agrees) {}

    public Advice advice() {
        String code = assessment.getAdviceCode();
        if (code == null) {
            return null;
        }
        StoredRecommendation.Fit profile = view.recommendation().ranking().stream()
                .filter(f -> f.code().equals(code)).findFirst().orElse(null);
        return new Advice(code, profile == null ? code : profile.name(), profile == null ? code : profile.shortName(),
                assessment.getAdviceReason(), code.equals(view.primaryProfile().code()));
    }
}
