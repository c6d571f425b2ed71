package org.techleadership.advisor.questionnaire;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The privacy page: what is stored, for how long (the retention settings themselves), how to delete it. */
@Controller
class PrivacyController {

    private final DraftExpiry.Settings retention;

    PrivacyController(DraftExpiry.Settings retention) {
        this.retention = retention;
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("draftDays", retention.draftDays());
        return "privacy";
    }
}
