package org.techleadership.advisor.consultant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The invitation: the client's name or company, as typed (the service strips it when it stores it). */
public class InviteForm {

    static final int CLIENT_LABEL_MAX = 120;

    @NotBlank(message = "{invite.clientLabel.required}")
    @Size(max = CLIENT_LABEL_MAX, message = "{invite.clientLabel.tooLong}")
    private String clientLabel = "";

    public String getClientLabel() {
        return clientLabel;
    }

    public void setClientLabel(String clientLabel) {
        this.clientLabel = clientLabel;
    }
}
