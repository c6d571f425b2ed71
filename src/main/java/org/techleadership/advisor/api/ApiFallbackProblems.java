package org.techleadership.advisor.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors raised before any API controller is chosen (no such path, wrong method, wrong media type)
 * still leave /api as problem+json. Anywhere else they go on to the HTML error pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiFallbackProblems {

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class})
    ResponseEntity<ProblemDetail> beforeAnyController(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
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
                    "There is no such API endpoint. The API is described by GET /api/v1/questionnaire, "
                            + "POST /api/v1/assessments and GET /api/v1/assessments/{token}.");
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
