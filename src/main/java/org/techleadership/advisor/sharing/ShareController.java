package org.techleadership.advisor.sharing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.techleadership.advisor.assessment.AssessmentService;

/** The read-only recommendation behind a share link. */
@Controller
public class ShareController {

    private final AssessmentService assessments;

    public ShareController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/r/{token}")
    public String show(@PathVariable String token, Model model) {
        RecommendationModel.fill(model, assessments.findShared(token));
        return "sharing/share";
    }
}
