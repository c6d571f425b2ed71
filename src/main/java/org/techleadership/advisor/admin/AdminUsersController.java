package org.techleadership.advisor.admin;

import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.SignedIn;

/** The admin's accounts page: create consultants, switch accounts off and on. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    private static final String VIEW = "admin/users";

    private final AccountService accounts;

    AdminUsersController(AccountService accounts) {
        this.accounts = accounts;
    }

    @InitBinder("newAccountForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("username", "displayName", "practiceName", "role");
    }

    @GetMapping
    String users(Model model) {
        model.addAttribute("newAccountForm", new NewAccountForm());
        model.addAttribute("users", accounts.all());
        return VIEW;
    }

    @PostMapping
    String create(@Valid @ModelAttribute NewAccountForm newAccountForm, BindingResult result, Model model,
                  RedirectAttributes flash) {
        if (!result.hasFieldErrors("username") && accounts.usernameTaken(newAccountForm.getUsername())) {
            result.rejectValue("username", "admin.username.taken");
        }
        if (!result.hasErrors()) {
            String password = AccountService.randomPassword();
            try {
                accounts.create(newAccountForm.getUsername(), newAccountForm.getDisplayName(),
                        newAccountForm.getPracticeName(), password, newAccountForm.chosenRole());
                flash.addFlashAttribute("created", Map.of("username", newAccountForm.getUsername().strip(),
                        "password", password));
                return "redirect:/admin/users";
            } catch (DataIntegrityViolationException taken) {
                result.rejectValue("username", "admin.username.taken");
            }
        }
        model.addAttribute("users", accounts.all());
        return VIEW;
    }

    @PostMapping("/{id:\\d+}/enabled")
    String enable(@AuthenticationPrincipal SignedIn me, @PathVariable long id, @RequestParam boolean enabled,
                  RedirectAttributes flash) {
        if (id == me.userId()) {
            flash.addFlashAttribute("problem", "You cannot switch off your own account.");
        } else {
            accounts.setEnabled(id, enabled);
        }
        return "redirect:/admin/users";
    }
}
