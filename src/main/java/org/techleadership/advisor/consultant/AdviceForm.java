package org.techleadership.advisor.consultant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The consultant's advice: a role of the catalogue and the reason the client reads beside it.
 * Withdrawing the advice is its own action, never an empty role; {@link AdviceValidator} checks the
 * role against the catalogue and asks for the reason.
 */
public class AdviceForm {

    @NotBlank(message = "{advice.code.required}")
    private String code = "";

    @Size(max = 2000, message = "{advice.reason.tooLong}")
    private String reason = "";

    static AdviceForm of(String code, String reason) {
        AdviceForm form = new AdviceForm();
        form.setCode(code == null ? "" : code);
        form.setReason(reason == null ? "" : reason);
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
