package org.techleadership.advisor.consultant;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.techleadership.advisor.account.SignedIn;

/** The consultant's funnel figures, per link and per month. */
@Controller
class FunnelController {

    private final Funnel funnel;

    FunnelController(Funnel funnel) {
        this.funnel = funnel;
    }

    @GetMapping("/consultant/figures")
    String figures(@AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute("figures", funnel.of(me.userId(), java.util.List.of()));
        return "consultant/figures";
    }
}
