package org.techleadership.advisor.account;

import java.nio.charset.StandardCharsets;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * Changing one's own password. None of the three is ever written back into the page. bcrypt reads
 * only a password's first 72 bytes (and Spring Security refuses to hash more), so a new password
 * is at most 72 characters and 72 bytes in UTF-8; no stored password is longer, so a longer
 * "current" one is simply wrong.
 */
public class PasswordForm {

    static final int MAX_BYTES = 72;

    @NotEmpty(message = "{password.current.required}")
    @Size(max = MAX_BYTES, message = "{password.current.wrong}")
    private String current = "";

    @Size(min = AccountService.MIN_PASSWORD_LENGTH, max = MAX_BYTES, message = "{password.replacement.size}")
    private String replacement = "";

    private String confirmation = "";

    /** Within bcrypt's 72 bytes: accented letters and other non-ASCII characters take two to four. */
    boolean replacementFits() {
        return replacement == null || replacement.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

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
