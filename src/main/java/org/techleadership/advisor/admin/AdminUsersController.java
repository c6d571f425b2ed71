package org.techleadership.advisor.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIn;

/** The admin's accounts page: create consultants, switch accounts off and on. */
@Controller
@RequestMapping("/admin/users")
public class AdminUsersController {

    private final AccountService accounts;

    public AdminUsersController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    public String users(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("form", Map.of());
        model.addAttribute("errors", Map.of());
        return "admin/users";
    }

    @PostMapping
    public String create(@RequestParam(defaultValue = "") String username,
                         @RequestParam(defaultValue = "") String displayName,
                         @RequestParam(defaultValue = "") String practiceName,
                         @RequestParam(defaultValue = "CONSULTANT") String role, Model model,
                         RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!username.strip().matches("[A-Za-z0-9._@-]{3,100}")) {
            errors.put("username", "Use 3 to 100 letters, digits, dots, dashes, underscores or @.");
        } else if (accounts.usernameTaken(username)) {
            errors.put("username", "This user name is taken.");
        }
        if (displayName.isBlank() || displayName.length() > 120) {
            errors.put("displayName", "Enter the name clients will see, up to 120 characters.");
        }
        if (practiceName.length() > 120) {
            errors.put("practiceName", "Keep the practice name to 120 characters or fewer.");
        }
        AppUser.Role chosen = "ADMIN".equals(role) ? AppUser.Role.ADMIN : AppUser.Role.CONSULTANT;
        if (errors.isEmpty()) {
            String password = AccountService.randomPassword();
            try {
                accounts.create(username, displayName, practiceName, password, chosen);
                flash.addFlashAttribute("created", Map.of("username", username.strip(), "password", password));
                return "redirect:/admin/users";
            } catch (DataIntegrityViolationException taken) {
                errors.put("username", "This user name is taken.");
            }
        }
        model.addAttribute("users", accounts.all());
        model.addAttribute("form", Map.of("username", username, "displayName", displayName, "practiceName", practiceName));
        model.addAttribute("errors", errors);
        return "admin/users";
    }

    @PostMapping("/{id:\\d+}/enabled")
    public String enable(@AuthenticationPrincipal SignedIn me, @PathVariable long id, @RequestParam boolean enabled,
                         RedirectAttributes flash) {
        if (id == me.userId()) {
            flash.addFlashAttribute("problem", "You cannot switch off your own account.");
        } else {
            accounts.setEnabled(id, enabled);
        }
        return "redirect:/admin/users";
    }
}
