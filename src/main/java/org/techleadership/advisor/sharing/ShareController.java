package org.techleadership.advisor.sharing;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.assessment.PeerFigures;
import org.techleadership.advisor.practice.Brand;
import org.techleadership.advisor.practice.Brands;
import org.techleadership.advisor.sharing.cache.SharePageCache;

/** The read-only recommendation behind a share link. */
@Controller
public class ShareController {

    private final AssessmentService assessments;
    private final LinkOpenings openings;
    private final Brands brands;
    private final PeerFigures peers;

    public ShareController(AssessmentService assessments, LinkOpenings openings, Brands brands, PeerFigures peers) {
        this.peers = peers;
        this.assessments = assessments;
        this.openings = openings;
        this.brands = brands;
    }

    /** A reader who is signed in (the consultant, looking at their client's page) is not counted as an opening. */
    @GetMapping("/r/{token}")
    public String show(@PathVariable String token, Model model, HttpServletRequest request,
                       @AuthenticationPrincipal SignedIn me) {
        AssessmentResult stored = assessments.findShared(token);
        RecommendationModel.fill(model, stored, peers);
        if (me == null) {
            openings.opened(token, LinkOpenings.Kind.SHARE);
        }
        Brand brand = brands.ofConsultant(stored.assessment().getConsultantId());
        model.addAttribute("brand", brand);
        request.setAttribute(SharePageCache.RENDERED_WITH, brand); // the kept page depends on it too
        return "sharing/share";
    }
}
