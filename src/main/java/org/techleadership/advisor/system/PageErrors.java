package org.techleadership.advisor.system;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.techleadership.advisor.assessment.DeletedLinks;
import org.techleadership.advisor.assessment.RecommendationDeletedException;
import org.techleadership.advisor.assessment.RecommendationHeldException;

/**
 * The pages' one error advice, consulted after the API's ({@code LOWEST_PRECEDENCE}). While the
 * database is unreachable the pages say so plainly (503, try again shortly); the connection pool
 * reconnects by itself. Not-found, withdrawn (410) and the like need no handler here: their
 * exceptions carry their status, and Boot's error controller renders templates/error/{status}.
 * A request under /api that no API controller took still leaves as problem+json.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);
    private static final DateTimeFormatter DELETED_ON = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class})
    ModelAndView databaseAway(Exception e, HttpServletResponse response) {
        log.warn("Database unavailable: {}", e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, "10");
        ModelAndView page = new ModelAndView("error/503");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }

    /** A deleted result: the 410 page says when, and at whose request, and nothing else. */
    @ExceptionHandler(RecommendationDeletedException.class)
    ModelAndView deleted(RecommendationDeletedException e) {
        ModelAndView page = new ModelAndView("error/deleted");
        page.addObject("byOwner", e.tombstone().deletedBy() == DeletedLinks.DeletedBy.OWNER);
        page.addObject("deletedOn", DELETED_ON.format(e.tombstone().deletedAt()));
        page.setStatus(HttpStatus.GONE);
        return page;
    }

    /** A take its consultant holds for review: the 403 page says who and that this link will show it, nothing else. */
    @ExceptionHandler(RecommendationHeldException.class)
    ModelAndView held(RecommendationHeldException e) {
        ModelAndView page = new ModelAndView("error/held");
        page.addObject("heldBy", e.preparedBy() == null ? null : e.preparedBy().name());
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class})
    Object beforeAnyController(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e; // Spring's own resolvers answer it, and the error page shows the status
        }
        return ApiRefusals.beforeAnyController(e);
    }
}
