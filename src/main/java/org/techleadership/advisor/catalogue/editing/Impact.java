package org.techleadership.advisor.catalogue.editing;

import java.util.List;

/** What publishing a draft would change: replaying stored assessments against it. */
public record Impact(int replayed, int changed, List<Transition> transitions, List<Example> examples) {

    /** From one recommendation to another, and how many assessments would move that way. */
    public record Transition(String from, String to, int count) {}

    public record Example(String clientLabel, String date, String from, String to) {}
}
