package org.techleadership.advisor.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No assessment has this token (or the text is not shaped like one). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AssessmentNotFoundException extends RuntimeException {

    public AssessmentNotFoundException() {
        super("No assessment has this token", null, false, false);
    }
}
