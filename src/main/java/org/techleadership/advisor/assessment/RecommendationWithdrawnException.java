package org.techleadership.advisor.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The consultant who shared this recommendation withdrew it: no page, PDF or API body may show it. */
@ResponseStatus(HttpStatus.GONE)
public class RecommendationWithdrawnException extends RuntimeException {

    public RecommendationWithdrawnException() {
        super("This recommendation was withdrawn", null, false, false);
    }
}
