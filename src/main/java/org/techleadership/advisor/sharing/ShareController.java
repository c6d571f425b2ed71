package org.techleadership.advisor.sharing;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.practice.Brand;
import org.techleadership.advisor.practice.Brands;
import org.techleadership.advisor.sharing.cache.SharePageCache;

/** The read-only recommendation behind a share link. */
@Controller
public class ShareController {

    private final AssessmentService assessments;
    private final Brands brands;

    public ShareController(AssessmentService assessments, Brands brands) {
        this.assessments = assessments;
        this.brands = brands;
    }

    @GetMapping("/r/{token}")
    public String show(@PathVariable String token, Model model, HttpServletRequest request) {
        AssessmentResult stored = assessments.findShared(token);
        RecommendationModel.fill(model, stored);
        Brand brand = brands.ofConsultant(stored.assessment().getConsultantId());
        model.addAttribute("brand", brand);
        request.setAttribute(SharePageCache.RENDERED_WITH, brand); // the kept page depends on it too
        return "sharing/share";
    }
}
