package org.techleadership.advisor.api;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.sharing.RecommendationModel;
import org.techleadership.advisor.assessment.AssessmentResult;
import tools.jackson.databind.JsonNode;

/** The JSON API, version 1. */
@Tag(name = "Assessments", description = "Answer the ten questions, get an explained recommendation and its share link")
@ApiResponse(responseCode = "503", description = "The database is unreachable for a moment; retry later",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class AssessmentApiController {

    static final String EXAMPLE_REQUEST = """
            {"answers": {"focus": "PROCESS", "audience": "EMPLOYEES", "challenge": "LEGACY_SYSTEMS",
              "success_measure": "BUSINESS_OUTCOME", "company_size": "MEDIUM", "tech_team": "ESTABLISHED",
              "regulation": "MODERATE", "budget": "FULL_TIME", "need_pattern": "ONGOING", "involvement": "LEAD_TEAM"},
             "clientLabel": "Acme Ltd"}""";
    static final String EXAMPLE_PROBLEM = """
            {"type": "about:blank", "title": "Invalid request", "status": 400,
             "detail": "The request has 1 problem(s); each is listed under \\"errors\\" by field.",
             "instance": "/api/v1/assessments",
             "errors": [{"field": "answers.budget", "message": "Missing: choose one of MINIMAL, PART_TIME, FULL_TIME, TWO_EXECUTIVES."}],
             "more": 0}""";

    private final CatalogueService catalogues;
    private final AssessmentService assessments;

    public AssessmentApiController(CatalogueService catalogues, AssessmentService assessments) {
        this.catalogues = catalogues;
        this.assessments = assessments;
    }

    @Operation(summary = "The questions and their options, with the catalogue version they belong to")
    @GetMapping("/questionnaire")
    public ApiQuestionnaire questionnaire() {
        return ApiQuestionnaire.of(catalogues.current());
    }

    @Operation(summary = "Score a complete set of answers and store the recommendation under a new share token")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApiAssessmentRequest.class),
            examples = @ExampleObject(name = "A company that needs a CIO", value = EXAMPLE_REQUEST)))
    @ApiResponse(responseCode = "201", description = "Created; the Location header is the assessment's API address")
    @ApiResponse(responseCode = "400", description = "Malformed JSON, or answers missing, unknown or of the wrong type; "
            + "the first 20 faulty fields are listed under \"errors\", and \"more\" counts the rest",
            content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class), examples = @ExampleObject(value = EXAMPLE_PROBLEM)))
    @ApiResponse(responseCode = "413", description = "The body is over the API's limit, 16 KB unless configured (\"maxBytes\" says it); it is not read",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "The body was not sent as application/json",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    public CompletableFuture<ResponseEntity<ApiRecommendation>> create(@RequestBody JsonNode body) {
        AssessmentRequests.Valid request = AssessmentRequests.read(body, catalogues.current());
        // answered once the assessment is committed, with no request thread waiting for it meanwhile
        UriComponentsBuilder base = ServletUriComponentsBuilder.fromCurrentContextPath();
        return assessments.createLater(request.answers(), request.clientLabel()).thenApply(stored -> {
            String token = stored.assessment().getToken();
            URI location = URI.create(RecommendationModel.apiUrl(base, token));
            return ResponseEntity.created(location)
                    .body(ApiRecommendation.of(stored, RecommendationModel.shareUrl(base, token)));
        });
    }

    @Operation(summary = "A stored assessment, exactly as it was recommended on the day")
    @ApiResponse(responseCode = "200", description = "The assessment")
    @ApiResponse(responseCode = "404", description = "No assessment has this token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/assessments/{token}")
    public ApiRecommendation get(@PathVariable String token) {
        AssessmentResult stored = assessments.findShared(token);
        return ApiRecommendation.of(stored, RecommendationModel.shareUrl(token));
    }
}
