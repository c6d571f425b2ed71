package org.techleadership.advisor.consultant;

import java.util.List;

/** Two takes of one client side by side: which answers changed, and the two recommendations. */
public record TakeComparison(Take earlier, Take later, List<ChangedAnswer> changedAnswers) {

    public record Take(long assessmentId, String date, String recommendation, int fit, String advice) {}

    public record ChangedAnswer(String question, String before, String after) {}

    public boolean recommendationChanged() {
        return !earlier.recommendation().equals(later.recommendation());
    }
}
