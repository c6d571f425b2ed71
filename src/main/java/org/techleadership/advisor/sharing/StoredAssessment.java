package org.techleadership.advisor.sharing;

/** A stored assessment with its frozen view, as pages and the API read it. */
public record StoredAssessment(Assessment assessment, RecommendationView view) {
}
