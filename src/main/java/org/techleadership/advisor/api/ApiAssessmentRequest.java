package org.techleadership.advisor.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shape of POST /api/v1/assessments, for the API description. The controller reads the body
 * as a JSON tree instead, so that every faulty field can be named rather than the first.
 */
@Schema(name = "AssessmentRequest")
record ApiAssessmentRequest(
        @Schema(description = "One option key for each of the ten question keys of GET /api/v1/questionnaire",
                requiredMode = Schema.RequiredMode.REQUIRED) Map<String, String> answers,
        @Schema(description = "Optional label, e.g. the client's name; at most 120 characters",
                maxLength = 120, nullable = true) String clientLabel) {
}
