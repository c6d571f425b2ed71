package org.techleadership.advisor.assessment;

/** What the assessment's link shows has changed: advice given or cleared, the link withdrawn or restored. */
public record AssessmentChanged(String token) {}
