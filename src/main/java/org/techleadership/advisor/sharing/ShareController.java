package org.techleadership.advisor.sharing;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The read-only recommendation behind a share link. */
@Controller
public class ShareController {

    private final AssessmentService assessments;

    public ShareController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/r/{token}")
    public String show(@PathVariable String token, Model model) {
        StoredAssessment stored = assessments.find(token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (stored.assessment().isRevoked()) {
            throw new ResponseStatusException(HttpStatus.GONE);
        }
        RecommendationPage.fill(model, stored);
        return "sharing/share";
    }
}
