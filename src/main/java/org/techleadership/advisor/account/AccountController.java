package org.techleadership.advisor.account;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signing in, and changing one's own password. */
@Controller
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** ?error after a failed sign-in, ?signedOut after signing out (Spring Security's redirects). */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                 Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null && error == null);
        return "account/login";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignedIn me, @Valid @ModelAttribute PasswordForm passwordForm,
                          BindingResult result, RedirectAttributes flash) {
        if (!result.hasFieldErrors("replacement") && !passwordForm.replacementFits()) {
            result.rejectValue("replacement", "password.replacement.bytes");
        }
        if (!result.hasFieldErrors("replacement") && !passwordForm.confirmed()) {
            result.rejectValue("confirmation", "password.confirmation.different");
        }
        if (!result.hasErrors()
                && !accounts.changePassword(me.userId(), passwordForm.getCurrent(), passwordForm.getReplacement())) {
            result.rejectValue("current", "password.current.wrong");
        }
        if (result.hasErrors()) {
            return "account/password";
        }
        flash.addFlashAttribute("saved", "password.saved");
        return "redirect:/consultant";
    }
}
