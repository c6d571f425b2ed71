package org.techleadership.advisor.practice;

/** A practice as the admin picks it for a consultant. */
public record PracticeChoice(long id, String name, String slug) {
}
