package org.techleadership.advisor.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.techleadership.advisor.assessment.DeletedLinks;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.team.TeamAssessment;
import org.techleadership.advisor.team.TeamAssessments;
import org.techleadership.advisor.team.TeamClosedException;
import tools.jackson.databind.JsonNode;

/**
 * Team assessments over the JSON API: create a team, answer for one member with their token, read
 * the team's result with the organiser's token. A member token answers for that member only and
 * reads nothing of the others.
 */
@Tag(name = "Teams", description = "Several people of one business answer; see where they agree and which disagreements change the recommended leader")
@ApiResponse(responseCode = "503", description = "The database is unreachable for a moment; retry later",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@RestController
@RequestMapping(path = "/api/v1/teams", produces = MediaType.APPLICATION_JSON_VALUE)
public class TeamApiController {

    static final String EXAMPLE_TEAM = """
            {"name": "Harbour Bakery", "members": ["Owner", "Finance", "Operations"]}""";
    static final String EXAMPLE_ANSWERS = """
            {"answers": {"focus": "PRODUCT", "audience": "CUSTOMERS", "challenge": "NEW_PRODUCT",
              "success_measure": "TECHNICAL_HEALTH", "company_size": "SMALL", "tech_team": "SMALL",
              "regulation": "LOW", "budget": "PART_TIME", "need_pattern": "ONGOING", "involvement": "LEAD_TEAM"}}""";

    private final TeamAssessments teams;
    private final CatalogueService catalogues;
    private final DeletedLinks deleted;

    public TeamApiController(TeamAssessments teams, CatalogueService catalogues, DeletedLinks deleted) {
        this.teams = teams;
        this.catalogues = catalogues;
        this.deleted = deleted;
    }

    @Operation(summary = "Start a team assessment: each member gets a personal token and answer link; "
            + "the returned token is the organiser's secret")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "Three colleagues",
            value = EXAMPLE_TEAM)))
    @ApiResponse(responseCode = "201", description = "Created; the Location header is the team's API address")
    @ApiResponse(responseCode = "400", description = "Name or members missing, too long, repeated or of the wrong type; "
            + "each problem is listed under \"errors\" by field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "The body is over the API's limit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ApiTeam.Created> create(@RequestBody JsonNode body) {
        TeamRequests.Valid request = TeamRequests.read(body);
        TeamAssessment team = teams.create(request.name(), request.members(), null, null);
        UriComponentsBuilder base = ServletUriComponentsBuilder.fromCurrentContextPath();
        URI location = base.cloneBuilder().path("/api/v1/teams/{token}").buildAndExpand(team.getToken()).toUri();
        return ResponseEntity.created(location).body(new ApiTeam.Created(team.getToken(), shareUrl(base, team),
                team.getMembers().stream().map(m -> new ApiTeam.CreatedMember(m.getLabel(), m.getToken(),
                        base.cloneBuilder().path("/m/{token}").buildAndExpand(m.getToken()).toUriString())).toList()));
    }

    @Operation(summary = "One member's answers (all ten); they may answer again until the round is closed. "
            + "Answers with that member's own recommendation")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "A member's answers",
            value = EXAMPLE_ANSWERS)))
    @ApiResponse(responseCode = "200", description = "Kept; the body is the member's own recommendation")
    @ApiResponse(responseCode = "400", description = "Answers missing, unknown or of the wrong type, listed under \"errors\"",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such team, or the member token is not one of this team's",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The round is closed: answers no longer change",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping(path = "/{token}/members/{memberToken}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ApiRecommendation.Body answer(@PathVariable String token, @PathVariable String memberToken,
                                         @RequestBody JsonNode body) {
        Answers answers = AssessmentRequests.answersOnly(body, catalogues.current());
        try {
            return teams.answer(token, memberToken, answers.byQuestion())
                    .map(ApiRecommendation::body)
                    .orElseThrow(() -> gone(token, "No member of this team has this member token."));
        } catch (TeamClosedException closed) {
            throw problem(HttpStatus.CONFLICT, "Round closed", closed.getMessage());
        }
    }

    @Operation(summary = "The team: who has answered, each member's own recommendation, the team's recommendation "
            + "(null until two have answered), the budget it assumed and the disagreements, decisive ones first")
    @ApiResponse(responseCode = "200", description = "The team")
    @ApiResponse(responseCode = "404", description = "No team has this organiser token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "410", description = "The team assessment was deleted",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{token}")
    public ApiTeam get(@PathVariable String token) {
        TeamAssessment team = teams.organised(token).orElseThrow(() -> gone(token,
                "No team has this token. The organiser's token is case-sensitive and must be copied whole."));
        return ApiTeam.of(team, teams.members(team), teams.result(team).orElse(null),
                shareUrl(ServletUriComponentsBuilder.fromCurrentContextPath(), team));
    }

    /** 410 for a team that was deleted, else 404 with this detail. */
    private ErrorResponseException gone(String token, String notFound) {
        if (teams.organised(token).isEmpty() && deleted.find(token).isPresent()) {
            return problem(HttpStatus.GONE, "Deleted", "This team assessment was deleted.");
        }
        return problem(HttpStatus.NOT_FOUND, "Not Found", notFound);
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }

    private static String shareUrl(UriComponentsBuilder base, TeamAssessment team) {
        return base.cloneBuilder().path("/t/{token}").buildAndExpand(team.getShareToken()).toUriString();
    }
}
