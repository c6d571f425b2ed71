package org.techleadership.advisor.api;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.techleadership.advisor.assessment.AssessmentNotFoundException;
import org.techleadership.advisor.assessment.DeletedLinks;
import org.techleadership.advisor.assessment.RecommendationDeletedException;
import org.techleadership.advisor.assessment.RecommendationHeldException;
import org.techleadership.advisor.assessment.RecommendationWithdrawnException;

/**
 * The API's one error advice: every error an API controller raises leaves as RFC 9457
 * problem+json. It comes first ({@code HIGHEST_PRECEDENCE}); the page advice
 * ({@code system.PageErrors}) comes last and hands the errors of /api requests that never reached
 * an API controller (no such path, wrong method or media type) to {@link #beforeAnyController}.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** The first {@value InvalidRequestException#LISTED} problems by field, and how many more there were. */
    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException e) {
        int listed = e.errors().size();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.more() == 0
                ? "The request has " + listed + " problem(s); each is listed under \"errors\" by field."
                : "The request has " + (listed + e.more()) + " problems; the first " + listed + " are listed under "
                        + "\"errors\" by field, and " + e.more() + " more are not listed. Fix these and send it again.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        problem.setProperty("more", e.more());
        return problem(problem);
    }


    @ExceptionHandler(AssessmentNotFoundException.class)
    ResponseEntity<Object> notFound() {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No assessment has this token. Tokens are case-sensitive and must be copied whole."));
    }

    @ExceptionHandler(RecommendationWithdrawnException.class)
    ResponseEntity<Object> withdrawn() {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                "This recommendation was withdrawn by the consultant who shared it."));
    }

    @ExceptionHandler(RecommendationHeldException.class)
    ResponseEntity<Object> held() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "This recommendation is not released yet: the consultant who prepared it is adding their advice.");
        problem.setTitle("Not released yet");
        return problem(problem);
    }

    @ExceptionHandler(RecommendationDeletedException.class)
    ResponseEntity<Object> deleted(RecommendationDeletedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                e.tombstone().deletedBy() == DeletedLinks.DeletedBy.OWNER
                        ? "This recommendation was deleted at the request of the person who answered."
                        : "This recommendation was deleted by the consultant who prepared it.");
        problem.setTitle("Deleted");
        problem.setProperty("deletedAt", e.tombstone().deletedAt().toString());
        return problem(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not valid JSON. Send an object such as {\"answers\": {\"focus\": \"PROCESS\", ...}}.");
        problem.setTitle("Malformed JSON");
        problem.setProperty("errors", List.of(Map.of("field", "", "message", "The body could not be read as JSON.")));
        return problem(problem);
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class})
    ResponseEntity<Object> databaseAway(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service cannot reach its database just now. Nothing was saved; please try again shortly.");
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected API error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing you sent was at fault; please try again.");
        problem.setTitle("Internal error");
        return problem(problem);
    }

    /** The base class's own problems (404, 405, 415, ...) get the problem+json type too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response == null || !(response.getBody() instanceof ProblemDetail problem)) {
            return response;
        }
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }


    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
