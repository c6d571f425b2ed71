package org.techleadership.advisor.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
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

    /**
     * ?error after a failed sign-in, ?signedOut after signing out (Spring Security's redirects);
     * ?expired when a sign-in outlived its lifetime, ?locked after too many wrong current passwords.
     */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                 @RequestParam(required = false) String expired, @RequestParam(required = false) String locked,
                 Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null && error == null);
        model.addAttribute("expired", expired != null && error == null);
        model.addAttribute("locked", locked != null && error == null);
        return "account/login";
    }

    @GetMapping("/account/password")
    String passwordForm(@AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        model.addAttribute("mustChange", me.mustChangePassword());
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignedIn me, @Valid @ModelAttribute PasswordForm passwordForm,
                          BindingResult result, Model model, RedirectAttributes flash, HttpServletRequest request,
                          HttpServletResponse response) {
        if (!result.hasFieldErrors("replacement") && !passwordForm.replacementFits()) {
            result.rejectValue("replacement", "password.replacement.bytes");
        }
        if (!result.hasFieldErrors("replacement")) {
            PasswordPolicy.check(passwordForm.getReplacement(), me.getUsername())
                    .ifPresent(problem -> result.rejectValue("replacement", problem.messageCode()));
        }
        if (!result.hasFieldErrors("replacement") && !passwordForm.confirmed()) {
            result.rejectValue("confirmation", "password.confirmation.different");
        }
        if (!result.hasErrors()) {
            switch (accounts.changePassword(me.userId(), passwordForm.getCurrent(), passwordForm.getReplacement(),
                    request.getSession().getId())) {
                case CHANGED -> {
                    keepSignedInWithOwnPassword(me, request, response);
                    flash.addFlashAttribute("saved", "password.saved");
                    return "redirect:/consultant";
                }
                case CURRENT_WRONG -> result.rejectValue("current", "password.current.wrong");
                case SAME_AS_CURRENT -> result.rejectValue("replacement", "password.replacement.same");
                case LOCKED -> {
                    new SecurityContextLogoutHandler().logout(request, response,
                            SecurityContextHolder.getContext().getAuthentication());
                    return "redirect:/login?locked";
                }
            }
        }
        model.addAttribute("mustChange", me.mustChangePassword());
        return "account/password";
    }

    /** This session stays signed in, now as someone who chose their own password. */
    private static void keepSignedInWithOwnPassword(SignedIn me, HttpServletRequest request,
                                                    HttpServletResponse response) {
        if (!me.mustChangePassword()) {
            return;
        }
        SignedIn updated = me.withOwnPassword();
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken after = UsernamePasswordAuthenticationToken.authenticated(updated, null,
                updated.getAuthorities());
        after.setDetails(before == null ? null : before.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(after);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }
}
