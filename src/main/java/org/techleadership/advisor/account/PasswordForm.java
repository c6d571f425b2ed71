package org.techleadership.advisor.account;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Changing one's own password. None of the three is ever written back into the page. */
public class PasswordForm {

    @NotEmpty(message = "{password.current.required}")
    private String current = "";

    @Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 200, message = "{password.replacement.size}")
    private String replacement = "";

    private String confirmation = "";

    boolean confirmed() {
        return replacement != null && replacement.equals(confirmation);
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
