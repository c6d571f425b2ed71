package org.techleadership.advisor.sharing;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.assessment.AssessmentService;

/** The read-only recommendation behind a share link. */
@Controller
public class ShareController {

    private final AssessmentService assessments;
    private final LinkOpenings openings;

    public ShareController(AssessmentService assessments, LinkOpenings openings) {
        this.assessments = assessments;
        this.openings = openings;
    }

    /** A reader who is signed in (the consultant, looking at their client's page) is not counted as an opening. */
    @GetMapping("/r/{token}")
    public String show(@PathVariable String token, Model model, @AuthenticationPrincipal SignedIn me) {
        RecommendationModel.fill(model, assessments.findShared(token));
        if (me == null) {
            openings.opened(token, LinkOpenings.Kind.SHARE);
        }
        return "sharing/share";
    }
}
