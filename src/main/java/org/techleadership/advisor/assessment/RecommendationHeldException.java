package org.techleadership.advisor.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The consultant holds this take for review: no page, PDF or API body may show it until they
 * release it. 403, not 404: the link is right and will work once released, but it is refused now,
 * to everyone. preparedBy names who holds it (null when unknown).
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class RecommendationHeldException extends RuntimeException {

    private final transient AssessmentResult.PreparedBy preparedBy;

    public RecommendationHeldException(AssessmentResult.PreparedBy preparedBy) {
        super("This recommendation is held for its consultant's review", null, false, false);
        this.preparedBy = preparedBy;
    }

    public AssessmentResult.PreparedBy preparedBy() {
        return preparedBy;
    }
}
