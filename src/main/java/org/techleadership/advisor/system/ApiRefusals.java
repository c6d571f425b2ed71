package org.techleadership.advisor.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/**
 * The problem+json the web shell answers to an /api request that never reached an API controller
 * (a body over the limit, no such endpoint, a wrong method or media type). Here, not in api, so
 * that the shell depends on no feature module: api's own advice, ApiProblems, answers the rest.
 */
public final class ApiRefusals {

    private ApiRefusals() {
    }

    /**
     * A body larger than the API takes, refused before it is read (by {@link RequestBodyLimit},
     * which writes this problem itself when no controller has been reached).
     */
    public static ProblemDetail bodyTooLarge(long limitBytes) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The body is larger than this endpoint accepts: at most " + (limitBytes / 1024) + " KB. "
                        + "An assessment request is well under 1 KB.");
        problem.setTitle("Request body too large");
        problem.setProperty("maxBytes", limitBytes);
        return problem;
    }

    /** An /api request that no API controller took: no such endpoint, wrong method or media type. */
    public static ResponseEntity<Object> beforeAnyController(Exception e) {
        ProblemDetail problem;
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
                    "This endpoint does not take " + m.getMethod() + "; it takes " + m.getSupportedHttpMethods() + ".");
        } else if (e instanceof HttpMediaTypeNotSupportedException) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as application/json.");
        } else if (e instanceof HttpMediaTypeNotAcceptableException) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
                    "This endpoint answers in application/json only.");
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "There is no such API endpoint. The API is described at GET /api/openapi.json: "
                            + "/api/v1/questionnaire, /api/v1/assessments and /api/v1/teams.");
        }
        return problem(problem);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
