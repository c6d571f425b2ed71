package org.techleadership.advisor.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signing in, and changing one's own password. */
@Controller
public class AccountController {

    private final AccountService accounts;

    public AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    public String login(Model model) {
        return "account/login";
    }

    @GetMapping("/account/password")
    public String passwordForm(Model model) {
        return "account/password";
    }

    @PostMapping("/account/password")
    public String changePassword(@AuthenticationPrincipal SignedIn me, @RequestParam(defaultValue = "") String current,
                                 @RequestParam(defaultValue = "") String replacement,
                                 @RequestParam(defaultValue = "") String confirmation, Model model,
                                 RedirectAttributes flash) {
        String problem = null;
        String field = "replacement";
        if (replacement.length() < AccountService.MIN_PASSWORD_LENGTH) {
            problem = "Use at least " + AccountService.MIN_PASSWORD_LENGTH + " characters.";
        } else if (replacement.length() > 200) {
            problem = "Use at most 200 characters.";
        } else if (!replacement.equals(confirmation)) {
            problem = "The two new passwords are not the same.";
            field = "confirmation";
        } else if (!accounts.changePassword(me.userId(), current, replacement)) {
            problem = "Your current password is not right.";
            field = "current";
        }
        if (problem != null) {
            model.addAttribute("error", problem);
            model.addAttribute("errorField", field);
            return "account/password";
        }
        flash.addFlashAttribute("saved", "Your password is changed.");
        return "redirect:/consultant";
    }
}
