package org.techleadership.advisor.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.techleadership.advisor.storage.h2.H2Backups;

/** The embedded database's backups: the ones kept, and one now. On PostgreSQL they are the database's job. */
@Controller
@RequestMapping("/admin/backups")
class AdminBackupController {

    private static final Logger log = LoggerFactory.getLogger(AdminBackupController.class);

    private final ObjectProvider<H2Backups> backups;

    AdminBackupController(ObjectProvider<H2Backups> backups) {
        this.backups = backups;
    }

    @GetMapping
    String backups(Model model) {
        H2Backups h2 = h2();
        model.addAttribute("h2", h2 != null);
        if (h2 != null) {
            model.addAttribute("folder", h2.folder());
            model.addAttribute("schedule", h2.schedule());
            model.addAttribute("keep", h2.keep());
            model.addAttribute("kept", h2.kept());
        }
        return "admin/backups";
    }

    @PostMapping
    String backUpNow(RedirectAttributes flash) {
        H2Backups h2 = h2();
        if (h2 == null) {
            flash.addFlashAttribute("problem", "admin.backups.notH2");
            return "redirect:/admin/backups";
        }
        try {
            // the flash map lives in the session, in the database: only plain, serialisable values
            flash.addFlashAttribute("made", h2.backUpNow().file().toString());
        } catch (H2Backups.BackupFailedException e) {
            log.error(e.getMessage(), e);
            flash.addFlashAttribute("problem", "admin.backups.failed");
        }
        return "redirect:/admin/backups";
    }

    /** The backups of the H2 file the app runs on; null on any other database. */
    private H2Backups h2() {
        H2Backups h2 = backups.getIfAvailable();
        return h2 != null && h2.inUse() ? h2 : null;
    }
}
