package org.techleadership.advisor.practice;

/**
 * A practice's brand changed (its settings, its logo) or a consultant joined or left one: kept
 * brands and the pages rendered with them are stale once this commits.
 */
public record BrandChanged(long practiceId) {
}
