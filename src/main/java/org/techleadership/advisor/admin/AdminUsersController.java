package org.techleadership.advisor.admin;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.practice.PracticeService;

/**
 * The admin's accounts page: create consultants, switch accounts off and on, unlock a locked one,
 * and replace a forgotten password with a one-time one (shown once, changed at the next sign-in);
 * put a consultant in an existing practice, so that colleagues share one brand.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    private static final String VIEW = "admin/users";

    private final AccountService accounts;
    private final PracticeService practices;

    AdminUsersController(AccountService accounts, PracticeService practices) {
        this.accounts = accounts;
        this.practices = practices;
    }

    @InitBinder("newAccountForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("username", "displayName", "practiceName", "role");
    }

    @GetMapping
    String users(Model model) {
        model.addAttribute("newAccountForm", new NewAccountForm());
        listAccounts(model);
        return VIEW;
    }

    private void listAccounts(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("practices", practices.all());
        model.addAttribute("now", Instant.now());
    }

    @PostMapping
    String create(@Valid @ModelAttribute NewAccountForm newAccountForm, BindingResult result, Model model,
                  RedirectAttributes flash) {
        if (!result.hasFieldErrors("username") && accounts.usernameTaken(newAccountForm.getUsername())) {
            result.rejectValue("username", "admin.username.taken");
        }
        if (!result.hasErrors()) {
            try {
                String password = accounts.createWithOneTimePassword(newAccountForm.getUsername(),
                        newAccountForm.getDisplayName(), newAccountForm.getPracticeName(), newAccountForm.chosenRole());
                flash.addFlashAttribute("created", Map.of("username", newAccountForm.getUsername().strip(),
                        "password", password));
                return "redirect:/admin/users";
            } catch (DataIntegrityViolationException taken) {
                result.rejectValue("username", "admin.username.taken");
            }
        }
        listAccounts(model);
        return VIEW;
    }

    @PostMapping("/{id:\\d+}/enabled")
    String enable(@AuthenticationPrincipal SignedIn me, @PathVariable long id, @RequestParam boolean enabled,
                  RedirectAttributes flash) {
        if (id == me.userId()) {
            flash.addFlashAttribute("problem", "admin.self.switchOff");
        } else {
            accounts.setEnabled(id, enabled);
        }
        return "redirect:/admin/users";
    }

    /** The consultant's practice becomes this existing one (empty: none); every consultant of a practice may edit it. */
    @PostMapping("/{id:\\d+}/practice")
    String assignPractice(@PathVariable long id, @RequestParam(required = false) Long practiceId,
                          RedirectAttributes flash) {
        accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!practices.assign(id, practiceId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        flash.addFlashAttribute("notice", "admin.practice.assigned");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id:\\d+}/unlock")
    String unlock(@PathVariable long id) {
        accounts.unlock(id);
        return "redirect:/admin/users";
    }

    /** A new password for someone who forgot theirs: shown once, here, and changed at their next sign-in. */
    @PostMapping("/{id:\\d+}/password")
    String issueOneTimePassword(@AuthenticationPrincipal SignedIn me, @PathVariable long id,
                                RedirectAttributes flash) {
        if (id == me.userId()) {
            flash.addFlashAttribute("problem", "admin.self.reset");
            return "redirect:/admin/users";
        }
        AppUser user = accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        accounts.issueOneTimePassword(id).ifPresent(password -> flash.addFlashAttribute("issued",
                Map.of("username", user.getUsername(), "password", password)));
        return "redirect:/admin/users";
    }
}
