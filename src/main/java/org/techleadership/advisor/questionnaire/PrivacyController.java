package org.techleadership.advisor.questionnaire;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.techleadership.advisor.assessment.PeerSettings;

/** The privacy page: what is stored, for how long (the retention settings themselves), how to delete it. */
@Controller
class PrivacyController {

    private final DraftExpiry.Settings retention;
    private final PeerSettings peers;

    PrivacyController(DraftExpiry.Settings retention, PeerSettings peers) {
        this.retention = retention;
        this.peers = peers;
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("draftDays", retention.draftDays());
        // "Businesses like yours" is said only where it is shown
        model.addAttribute("peersMinimum", peers.enabled() ? peers.minimumMatches() : null);
        return "privacy";
    }
}
