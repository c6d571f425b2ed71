package org.techleadership.advisor.catalogue;

/** An answer that moves a profile by a weight (or rules it out), with the reason shown to the user. */
public record ScoringRule(String question, String option, String profile, int weight, boolean excludes,
                          String reason) {}
