package org.techleadership.advisor.questionnaire;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person who answered through a practice's own link may leave at the end: who they are and
 * how to reach them, and their consent in the words the page shows. Bound where the consultant
 * module takes it (it makes the client record); shown on the result page.
 */
public class LeadForm {

    @NotBlank(message = "{leadForm.name.required}")
    @Size(max = 120, message = "{leadForm.name.size}")
    private String name = "";

    @Size(max = 120, message = "{leadForm.company.size}")
    private String company = "";

    @NotBlank(message = "{leadForm.email.required}")
    @Size(max = 254, message = "{leadForm.email.invalid}")
    private String email = "";

    @AssertTrue(message = "{leadForm.consent.required}")
    private boolean consent;

    /** The client record's name: the company when given, else the person. */
    public String clientName() {
        return company == null || company.isBlank() ? name.strip() : company.strip();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
}
