package org.techleadership.advisor.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.techleadership.advisor.account.AppUser;

/** The create-account form as typed; surrounding spaces are allowed and dropped when the account is made. */
class NewAccountForm {

    @Pattern(regexp = "\\s*[A-Za-z0-9._@-]{3,100}\\s*", message = "{admin.username.pattern}")
    private String username = "";
    @NotBlank(message = "{admin.displayName.required}")
    @Size(max = 120, message = "{admin.displayName.size}")
    private String displayName = "";
    @Size(max = 120, message = "{admin.practiceName.size}")
    private String practiceName = "";
    private String role = "CONSULTANT";

    AppUser.Role chosenRole() {
        return "ADMIN".equals(role) ? AppUser.Role.ADMIN : AppUser.Role.CONSULTANT;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPracticeName() { return practiceName; }
    public void setPracticeName(String practiceName) { this.practiceName = practiceName; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
}
