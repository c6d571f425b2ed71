package org.techleadership.advisor.consultant;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.practice.Brands;

/** The consultant's funnel figures, per link and per month. */
@Controller
class FunnelController {

    private final Funnel funnel;
    private final Brands brands;

    FunnelController(Funnel funnel, Brands brands) {
        this.funnel = funnel;
        this.brands = brands;
    }

    @GetMapping("/consultant/figures")
    String figures(@AuthenticationPrincipal SignedIn me, Model model) {
        // the openings of the practice's own link (/p/{slug}) count as its "invited"
        String slug = brands.ofConsultant(me.userId()).slug();
        model.addAttribute("figures", funnel.of(me.userId(), slug == null ? List.of() : List.of(slug)));
        return "consultant/figures";
    }
}
