package org.techleadership.advisor.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.sharing.AssessmentService;
import org.techleadership.advisor.sharing.RecommendationPage;
import org.techleadership.advisor.sharing.StoredAssessment;
import tools.jackson.databind.JsonNode;

/** The JSON API, version 1. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class AssessmentApiController {

    private final CatalogueService catalogues;
    private final AssessmentService assessments;

    public AssessmentApiController(CatalogueService catalogues, AssessmentService assessments) {
        this.catalogues = catalogues;
        this.assessments = assessments;
    }

    @GetMapping("/questionnaire")
    public ApiQuestionnaire questionnaire() {
        return ApiQuestionnaire.of(catalogues.current());
    }

    @PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ApiRecommendation> create(@RequestBody JsonNode body) {
        AssessmentRequests.Valid request = AssessmentRequests.read(body, catalogues.current());
        StoredAssessment stored = assessments.create(request.answers(), request.clientLabel());
        String token = stored.assessment().getToken();
        URI location = URI.create(RecommendationPage.apiUrl(token));
        return ResponseEntity.created(location).body(ApiRecommendation.of(stored, RecommendationPage.shareUrl(token)));
    }

    @GetMapping("/assessments/{token}")
    public ApiRecommendation get(@PathVariable String token) {
        StoredAssessment stored = assessments.find(token).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "No assessment has this token. Tokens are case-sensitive and must be copied whole."));
        return ApiRecommendation.of(stored, RecommendationPage.shareUrl(token));
    }
}
